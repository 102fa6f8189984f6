package org.newsdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.ui.window.MainWindow;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real desktop app on a test stage, on a given library and folders, and closes it like a user. */
public final class AppDriver {
    private final DesktopApp app;
    private final MainWindow window;

    private AppDriver(DesktopApp app, MainWindow window) {
        this.app = app;
        this.window = window;
    }

    public static AppDriver start(Path home, Path library) throws Exception {
        return start(home, library, null);
    }

    public static AppDriver start(Path home, Path library, java.util.UUID open) throws Exception {
        return begin(home, library, open, true).get(60, TimeUnit.SECONDS);
    }

    /** Starts as {@code as} in {@code role} ("editor", "press-officer"), like {@code --as NAME --role ROLE}. */
    public static AppDriver startAs(Path home, Path library, java.util.UUID open, String as, String role)
            throws Exception {
        return begin(home, library, open, true, as, role).get(60, TimeUnit.SECONDS);
    }

    /** Starts with the window in {@code uiLanguage} ("en", "fr", "ar"), like {@code --ui-language}. */
    public static AppDriver startIn(Path home, Path library, java.util.UUID open, String uiLanguage) throws Exception {
        return begin(home, library, open, true, null, null, uiLanguage).get(60, TimeUnit.SECONDS);
    }

    /** Starts the app; with {@code withProfile} false a first start asks for the user's name first. */
    public static CompletableFuture<AppDriver> begin(Path home, Path library, java.util.UUID open, boolean withProfile)
            throws Exception {
        return begin(home, library, open, withProfile, null, null);
    }

    private static CompletableFuture<AppDriver> begin(Path home, Path library, java.util.UUID open,
                                                      boolean withProfile, String as, String role) throws Exception {
        return begin(home, library, open, withProfile, as, role, null);
    }

    private static CompletableFuture<AppDriver> begin(Path home, Path library, java.util.UUID open,
                                                      boolean withProfile, String as, String role, String uiLanguage)
            throws Exception {
        // before the library opens, so its connection is watched too; the user's folders are the test's
        var watch = org.newsdesk.testing.FxThreadWatch.install().watch(home);
        if (library != null && library.getParent() != null) {
            watch.watch(library.getParent());
        }
        FxToolkit.registerPrimaryStage();
        AppDirectories dirs = new AppDirectories(home.resolve("data"), home.resolve("config"));
        if (withProfile && !java.nio.file.Files.exists(dirs.configDir().resolve("profile.json"))) {
            new org.newsdesk.service.ProfileStore(dirs.configDir(), new org.newsdesk.codec.JsonCodec())
                    .save(new org.newsdesk.model.User("Test Writer", org.newsdesk.model.Role.PRESS_OFFICER));
        }
        java.nio.file.Path ui = dirs.configDir().resolve("ui.json");
        if (withProfile && !java.nio.file.Files.exists(ui)) { // a daily backup would race the test's folder clean-up
            new org.newsdesk.ui.common.UiPreferencesStore(dirs.configDir(), new org.newsdesk.codec.JsonCodec())
                    .save(org.newsdesk.ui.common.UiPreferences.defaults().withDailyBackups(false));
        }
        // one LanguageTool for every window of the run: loading it is slow, and it never changes
        DesktopApp app = new DesktopApp(dirs, Clock.systemDefaultZone(), url -> { }, () -> { },
                org.newsdesk.testing.SharedSpellers.get(),
                org.newsdesk.i18n.UiLanguage.ENGLISH); // whatever LANG the machine running the tests has
        CompletableFuture<MainWindow> shown = new CompletableFuture<>();
        Platform.runLater(() -> app.start(new Stage(), new DesktopApp.LaunchOptions(library, open, as, role, uiLanguage),
                shown::complete));
        return shown.thenApply(window -> new AppDriver(app, window));
    }

    /** The window as started, or the one showing now if another library was opened since. */
    public MainWindow window() {
        MainWindow current = app.window();
        return current != null ? current : window;
    }

    /** The window showing now; null while a library opens. */
    public MainWindow currentWindow() {
        return app.window();
    }

    /** Quits through the window (saving what is open) and waits until the library file is closed. */
    public void quit() throws Exception {
        Platform.runLater(() -> window().quit());
        long deadline = System.currentTimeMillis() + 20_000;
        while (!app.isStopped()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The app did not close within 20 s");
            }
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50);
        }
    }

    private static String debugState() {
        StringBuilder sb = new StringBuilder();
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            sb.append("\n window ").append(w.getClass().getSimpleName()).append(" showing=").append(w.isShowing());
            if (w instanceof Stage s) {
                sb.append(" title=").append(s.getTitle());
            }
        }
        return sb.toString();
    }

    /** Waits until {@code condition} holds, checking it on the FX thread. */
    public static void waitUntil(String what, java.util.function.BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for: " + what + debugState(), e);
        }
    }
}
