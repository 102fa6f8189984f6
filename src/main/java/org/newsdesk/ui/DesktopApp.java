package org.newsdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.User;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.service.Library;
import org.newsdesk.service.LibraryLocator;
import org.newsdesk.service.ProfileStore;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.ErrorReporter;
import org.newsdesk.ui.common.UiPreferencesStore;
import org.newsdesk.ui.common.UserSession;
import org.newsdesk.ui.window.MainWindow;

/**
 * Composition root of the desktop app: opens the library off the FX thread, then builds the main window.
 * Tests start it on their own stage with their own folders.
 */
public final class DesktopApp {
    private final AppDirectories directories;
    private final Clock clock;
    private final Consumer<String> openUrl;
    private final Runnable exitToolkit;
    private BackgroundWork background;
    private Library library;
    private MainWindow window;

    /** {@code exitToolkit} ends JavaFX when the window closes (tests keep the toolkit for the next test). */
    public DesktopApp(AppDirectories directories, Clock clock, Consumer<String> openUrl, Runnable exitToolkit) {
        this.directories = directories;
        this.clock = clock;
        this.openUrl = openUrl;
        this.exitToolkit = exitToolkit;
    }

    /** What the command line asked for: a library file (null = default) and an article to open (null = none). */
    public record LaunchOptions(Path library, UUID open, String as, String role) {
        public static LaunchOptions parse(java.util.List<String> args) {
            Path library = null;
            UUID open = null;
            String as = null;
            String role = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : (i + 1 < args.size() ? args.get(++i) : "");
                String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                switch (name) {
                    case "--library" -> library = Path.of(value);
                    case "--open" -> open = UUID.fromString(value);
                    case "--as" -> as = value;
                    case "--role" -> role = value;
                    default -> { }
                }
            }
            return new LaunchOptions(library, open, as, role);
        }
    }

    /** Opens the library in the background and shows the window on {@code stage} when it is ready. */
    public void start(Stage stage, LaunchOptions options, Consumer<MainWindow> onShown) {
        background = new BackgroundWork(Platform::runLater);
        JsonCodec json = new JsonCodec();
        ProfileStore profiles = new ProfileStore(directories.configDir(), json);
        User saved = profiles.load().orElseGet(() -> firstStartProfile(profiles));
        User user = options.as() == null ? saved : new User(options.as(),
                options.role() == null ? saved.role() : org.newsdesk.model.Role.parse(options.role()));
        Fonts.load();
        UserSession session = new UserSession(user, profiles);
        // an older library is upgraded while it opens (on the library thread): a small window shows how far
        var upgrade = new org.newsdesk.ui.dialogs.UpgradeProgressWindow(Platform::runLater);
        background.run(() -> new LibraryLocator(directories, clock).open(options.library(), session, upgrade), lib -> {
            upgrade.close();
            library = lib;
            window = new MainWindow(stage, lib, background, new UiPreferencesStore(directories.configDir(), json),
                    clock, session, openUrl);
            window.setOnClosed(this::stop);
            window.show(options.open());
            onShown.accept(window);
        }, error -> {
            upgrade.close();
            Alert alert = new Alert(Alert.AlertType.ERROR, ErrorReporter.message(error));
            alert.setHeaderText("Newsdesk cannot open the library");
            alert.showAndWait();
            stop();
        });
    }

    /** True once the window closed and the library file is closed. */
    public boolean isStopped() {
        return library == null && background != null;
    }

    /** First start: ask for name and role (the OS user name as a suggestion) and remember them. */
    private static User firstStartProfile(ProfileStore profiles) {
        User suggested = profiles.loadOrDefault();
        User chosen = org.newsdesk.ui.dialogs.ProfileDialog.ask(null, suggested, true).orElse(suggested);
        try {
            profiles.save(chosen);
        } catch (RuntimeException e) {
            // an unwritable config folder costs the user this question again next time, nothing more
        }
        return chosen;
    }

    /** Finishes queued saves, closes the library file, and ends the FX toolkit. */
    public void stop() {
        if (background != null) {
            background.close();
        }
        if (library != null) {
            library.close();
            library = null;
        }
        exitToolkit.run();
    }
}
