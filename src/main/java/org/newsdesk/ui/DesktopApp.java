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
import org.newsdesk.ui.common.UiPreferences;
import org.newsdesk.ui.common.UiPreferencesStore;
import org.newsdesk.ui.common.UserSession;
import org.newsdesk.ui.dialogs.ProfileDialog;
import org.newsdesk.ui.window.MainWindow;
import org.newsdesk.ui.window.ThemeSwitcher;

/**
 * Composition root of the desktop app: opens the library off the FX thread, then builds the main window.
 * Tests start it on their own stage with their own folders.
 */
public final class DesktopApp {
    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());
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

    /**
     * Reads the profile and window preferences off the FX thread, asks who is writing on a first start, then
     * opens the library in the background and shows the window on {@code stage} when it is ready.
     */
    public void start(Stage stage, LaunchOptions options, Consumer<MainWindow> onShown) {
        background = new BackgroundWork(Platform::runLater);
        JsonCodec json = new JsonCodec();
        ProfileStore profiles = new ProfileStore(directories.configDir(), json);
        UiPreferencesStore preferencesStore = new UiPreferencesStore(directories.configDir(), json);
        background.run(() -> new Settled(profiles.load(), profiles.suggestion(), preferencesStore.load()), settled -> {
            // The theme first: the first-start question is the first thing a newcomer sees of Newsdesk.
            ThemeSwitcher theme = new ThemeSwitcher(settled.preferences().dark());
            Fonts.load();
            User saved = settled.profile().orElseGet(() -> firstStartProfile(profiles, settled.suggestion()));
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
        background.run(() -> new LibraryLocator(directories, clock).open(options.library(), session), lib -> {
            library = lib;
            try {
                window = new MainWindow(stage, lib, background, preferencesStore, preferences, theme, clock,
                        session, openUrl);
            } catch (RuntimeException e) {
                failed(e);
                return;
            }
            window.setOnClosed(this::stop);
            window.show(options.open());
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
    private static User firstStartProfile(ProfileStore profiles, User suggestion) {
        User chosen = ProfileDialog.ask(null, suggestion, true).orElse(suggestion);
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
