package org.newsdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
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
import org.newsdesk.ui.common.StartupClock;
import org.newsdesk.ui.common.UiPreferences;
import org.newsdesk.ui.common.UiPreferencesStore;
import org.newsdesk.ui.common.UserSession;
import org.newsdesk.ui.dialogs.ProfileDialog;
import org.newsdesk.ui.window.MainWindow;
import org.newsdesk.ui.window.OpeningView;
import org.newsdesk.ui.window.ThemeSwitcher;

/**
 * Composition root of the desktop app: opens the library off the FX thread, then builds the main window.
 * Tests start it on their own stage with their own folders.
 */
public final class DesktopApp {
    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());
    private final AppDirectories directories;
    private final Clock clock;
    private final StartupClock startup = new StartupClock();
    private final Consumer<String> openUrl;
    private final Runnable exitToolkit;
    private BackgroundWork background;
    private Library library;
    private MainWindow window;
    /** The user closed the window before the library was open: end as soon as it is. */
    private boolean closedWhileOpening;

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

    /**
     * Reads the profile and window preferences off the FX thread, puts the window up (saying which library it
     * opens), asks who is writing on a first start, then opens the library in the background and fills the window
     * when it is ready. Nothing slow comes before the window is on screen.
     */
    public void start(Stage stage, LaunchOptions options, Consumer<MainWindow> onShown) {
        startup.mark("toolkit up");
        background = new BackgroundWork(Platform::runLater);
        JsonCodec json = new JsonCodec();
        ProfileStore profiles = new ProfileStore(directories.configDir(), json);
        UiPreferencesStore preferencesStore = new UiPreferencesStore(directories.configDir(), json);
        background.run(() -> new Settled(profiles.load(), profiles.suggestion(), preferencesStore.load()), settled -> {
            ThemeSwitcher theme = new ThemeSwitcher(settled.preferences().dark());
            Path file = options.library() != null ? options.library() : directories.defaultLibrary();
            OpeningView opening = new OpeningView();
            opening.show(stage, file.getFileName().toString(), settled.preferences());
            stage.setOnCloseRequest(e -> closedWhileOpening = true);
            startup.mark("window up");
            startup.markFirstFrame(stage.getScene(), "first frame");
            // the first-start question comes over the window, themed like the rest of the app
            User saved = settled.profile().orElseGet(() -> firstStartProfile(stage, profiles, settled.suggestion()));
            User user = options.as() == null ? saved : new User(options.as(),
                    options.role() == null ? saved.role() : org.newsdesk.model.Role.parse(options.role()));
            UserSession session = new UserSession(user, profiles);
            openLibrary(stage, options, session, preferencesStore, settled.preferences(), theme, onShown);
        }, this::failed);
    }

    /** What start-up reads from disk before anything is shown. */
    private record Settled(Optional<User> profile, User suggestion, UiPreferences preferences) {
    }

    private void openLibrary(Stage stage, LaunchOptions options, UserSession session,
                             UiPreferencesStore preferencesStore, UiPreferences preferences, ThemeSwitcher theme,
                             Consumer<MainWindow> onShown) {
        background.run(() -> {
            Library opened = new LibraryLocator(directories, clock).open(options.library(), session);
            Fonts.load(); // the editor's fonts, read while the window already shows
            return opened;
        }, lib -> {
            startup.mark("library open");
            library = lib;
            if (closedWhileOpening) {
                stop();
                return;
            }
            try {
                window = new MainWindow(stage, lib, background, preferencesStore, preferences, theme, clock,
                        session, openUrl);
            } catch (RuntimeException e) {
                failed(e);
                return;
            }
            window.setOnClosed(this::stop);
            window.show(options.open());
            startup.mark("window filled");
            startup.markFirstFrame(stage.getScene(), "main window drawn");
            onShown.accept(window);
        }, this::failed);
    }

    /** Start-up failed before the window could show: say why in one sentence, then end cleanly. */
    private void failed(Throwable error) {
        LOG.log(Level.SEVERE, "Start-up failed", error);
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorReporter.message(error));
        alert.setHeaderText("Newsdesk cannot open the library");
        alert.showAndWait();
        stop();
    }

    /** True once the window closed and the library file is closed. */
    public boolean isStopped() {
        return library == null && background != null;
    }

    /**
     * First start: ask for name and role (the system user's name as a suggestion) and remember them. Cancelling
     * or closing the question keeps the suggestion: Tools › Profile… changes it later.
     */
    private static User firstStartProfile(Stage window, ProfileStore profiles, User suggestion) {
        User chosen = ProfileDialog.ask(window, suggestion, true).orElse(suggestion);
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
