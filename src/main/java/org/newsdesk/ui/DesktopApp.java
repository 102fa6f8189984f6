package org.newsdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.model.Article;
import org.newsdesk.model.User;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.service.BackupService;
import org.newsdesk.service.Library;
import org.newsdesk.service.LibraryLocator;
import org.newsdesk.service.ProfileStore;
import org.newsdesk.spelling.LanguageToolSpellers;
import org.newsdesk.spelling.Speller;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.ErrorReporter;
import org.newsdesk.ui.common.StartupClock;
import org.newsdesk.ui.common.UnexpectedErrors;
import org.newsdesk.ui.common.UiPreferences;
import org.newsdesk.ui.common.UiPreferencesStore;
import org.newsdesk.ui.common.UserSession;
import org.newsdesk.ui.dialogs.ProfileDialog;
import org.newsdesk.ui.window.MainWindow;
import org.newsdesk.ui.window.OpeningView;
import org.newsdesk.ui.window.ThemeSwitcher;
import org.newsdesk.ui.window.WindowServices;

/**
 * Composition root of the desktop app: opens the library off the FX thread, then builds the main window.
 * Tests start it on their own stage with their own folders.
 */
public final class DesktopApp {
    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());
    private final AppDirectories directories;
    private final UiLanguage systemLanguage;
    private final Clock clock;
    private final StartupClock startup = new StartupClock();
    private final Consumer<String> openUrl;
    private final Runnable exitToolkit;
    private final Speller speller;
    private BackgroundWork background;
    private Library library;
    private MainWindow window;
    private Stage stage;
    private Consumer<MainWindow> onShown;
    private UiPreferencesStore preferencesStore;
    private ThemeSwitcher theme;
    private UserSession session;
    private UnexpectedErrors errors;
    /** The interface's language (English until the preferences are read). */
    private org.newsdesk.i18n.Messages messages = org.newsdesk.i18n.Messages.english();
    /** The user closed the window before the library was open: end as soon as it is. */
    private boolean closedWhileOpening;
    /** stop() was called: the library closes and the toolkit ends once the queued work is done. */
    private boolean stopping;
    /** Team-library passwords typed in this run (never written to disk). */
    private final org.newsdesk.ui.team.SessionPasswords passwords =
            new org.newsdesk.ui.team.SessionPasswords(org.newsdesk.service.TeamCredentials.forThisSystem());

    /** {@code exitToolkit} ends JavaFX when the window closes (tests keep the toolkit for the next test). */
    public DesktopApp(AppDirectories directories, Clock clock, Consumer<String> openUrl, Runnable exitToolkit) {
        this(directories, clock, openUrl, exitToolkit, new LanguageToolSpellers(),
                UiLanguage.forSystem(System.getenv(), java.util.Locale.getDefault()));
    }

    /**
     * @param speller checks spelling (LanguageTool, loaded in the background once the window is up)
     * @param systemLanguage the window's language until the user chooses one
     */
    public DesktopApp(AppDirectories directories, Clock clock, Consumer<String> openUrl, Runnable exitToolkit,
                      Speller speller, UiLanguage systemLanguage) {
        this.speller = speller;
        this.systemLanguage = systemLanguage;
        this.directories = directories;
        this.clock = clock;
        this.openUrl = openUrl;
        this.exitToolkit = exitToolkit;
    }

    /** What the command line asked for: a library file (null = default) and an article to open (null = none). */
    public record LaunchOptions(Path library, UUID open, String as, String role, String uiLanguage) {
        public LaunchOptions(Path library, UUID open, String as, String role) {
            this(library, open, as, role, null);
        }

        public static LaunchOptions parse(java.util.List<String> args) {
            String uiLanguage = null;
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
                    case "--ui-language" -> uiLanguage = value;
                    default -> { }
                }
            }
            return new LaunchOptions(library, open, as, role, uiLanguage);
        }
    }

    /**
     * Reads the profile and window preferences off the FX thread, puts the window up (saying which library it
     * opens), asks who is writing on a first start, then opens the library in the background and fills the window
     * when it is ready. Nothing slow comes before the window is on screen.
     */
    public void start(Stage stage, LaunchOptions options, Consumer<MainWindow> onShown) {
        startup.mark("toolkit up");
        this.stage = stage;
        this.onShown = onShown;
        errors = new UnexpectedErrors(() -> window == null ? CompletableFuture.completedFuture(null)
                : window.editor().flush(), () -> stage, () -> messages);
        errors.install();
        background = new BackgroundWork(Platform::runLater);
        JsonCodec json = new JsonCodec();
        ProfileStore profiles = new ProfileStore(directories.configDir(), json);
        preferencesStore = new UiPreferencesStore(directories.configDir(), json);
        java.util.Optional<UiLanguage> asked = UiLanguage.parse(options.uiLanguage());
        background.run(() -> {
            UiPreferences read = preferencesStore.load();
            Optional<User> profile = profiles.load();
            // an Arabic first window is drawn with it, and a first start may choose Arabic; otherwise it comes
            // with the editor's fonts while the library opens
            if (profile.isEmpty() || asked.or(read::language).orElse(systemLanguage).rightToLeft()) {
                Fonts.loadInterface();
            }
            return new Settled(profile, profiles.suggestion(), read, lastLibrary(read));
        }, settled -> {
            theme = new ThemeSwitcher(settled.preferences().dark());
            UiPreferences preferences = settled.preferences();
            UiLanguage language = asked.or(preferences::language).orElse(systemLanguage);
            messages = Messages.of(language, preferences.digitsChoice());
            Path requested = options.library() != null ? options.library() : settled.lastLibrary();
            Path file = requested != null ? requested : directories.defaultLibrary();
            new OpeningView().show(stage, file.getFileName().toString(), preferences, messages);
            stage.setOnCloseRequest(e -> closedWhileOpening = true);
            startup.mark("window up");
            startup.markFirstFrame(stage.getScene(), "first frame");
            // the first-start question comes over the window, themed like the rest of the app
            User saved = settled.profile().orElse(null);
            if (saved == null) { // first start: who is writing, and in which language the window speaks
                ProfileDialog.FirstStart first = firstStartProfile(stage, profiles, settled.suggestion(), language);
                saved = first.user();
                if (asked.isEmpty()) {
                    preferences = preferences.withLanguage(first.language(), preferences.digitsChoice());
                    preferencesStore.saveInBackground(background, preferences);
                    if (first.language() != language) {
                        messages = Messages.of(first.language(), preferences.digitsChoice());
                        new OpeningView().show(stage, file.getFileName().toString(), preferences, messages);
                    }
                }
            }
            User user = options.as() == null ? saved : new User(options.as(),
                    options.role() == null ? saved.role() : org.newsdesk.model.Role.parse(options.role()));
            session = new UserSession(user, profiles);
            openLibrary(requested, options.open(), preferences, null, null);
        }, this::failed);
    }

    /**
     * The library open when the window last closed (a team library joined, another opened from File), if it is still
     * there; null for the default library.
     */
    private static Path lastLibrary(UiPreferences preferences) {
        return preferences.recentLibraries().stream().map(Path::of).filter(java.nio.file.Files::isRegularFile)
                .findFirst().orElse(null);
    }

    /** What start-up reads from disk before anything is shown (lastLibrary: null for the default library). */
    private record Settled(Optional<User> profile, User suggestion, UiPreferences preferences, Path lastLibrary) {
    }

    /**
     * Opens {@code file} (null: the default library, created and seeded on first start) in the background, having
     * put {@code restoreFrom} in its place first if given, and fills the window with it. If it cannot be opened and
     * {@code fallback} is given, says why and opens that one again.
     */
    private void openLibrary(Path file, UUID open, UiPreferences preferences, Path restoreFrom, Path fallback) {
        // a library made by an older Newsdesk is upgraded while it opens (on the library thread): a small window
        // shows how far, and only then
        var upgrade = new org.newsdesk.ui.dialogs.UpgradeProgressWindow(Platform::runLater, messages);
        background.run(() -> {
            if (restoreFrom != null) {
                new BackupService(clock).restore(restoreFrom, file);
            }
            Library opened = new LibraryLocator(directories, clock, speller).open(file, session, upgrade);
            Fonts.load(); // the editor's fonts, read while the window already shows
            return opened;
        }, lib -> {
            upgrade.close();
            startup.mark("library open");
            library = lib;
            if (closedWhileOpening) {
                stop();
                return;
            }
            showWindow(lib, open, preferences);
        }, error -> {
            upgrade.close();
            if (fallback == null) {
                failed(error);
                return;
            }
            LOG.log(Level.WARNING, "Cannot open " + file, error);
            org.newsdesk.ui.common.Dialogs.alert(stage, messages, Alert.AlertType.ERROR,
                    messages.get("startup.cannotOpen", file.getFileName().toString()),
                    ErrorReporter.message(messages, error));
            openLibrary(fallback, null, preferences, null, null);
        });
    }

    /** Builds the main window on {@code lib} and shows it, opening {@code open} if given. */
    private void showWindow(Library lib, UUID open, UiPreferences preferences) {
        try {
            window = new MainWindow(stage, lib, preferences, new WindowServices(background, preferencesStore,
                theme, clock, session, openUrl, this::switchLibrary, directories, messages, this::switchLanguage));
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        window.setOnClosed(this::stop);
        window.team().setPasswords(passwords);
        window.team().setOnJoined(joined -> switchLibrary(joined.library(), null), directories.dataDir());
        window.show(open);
        startup.mark("window filled");
        startup.markFirstFrame(stage.getScene(), "main window drawn");
        dailyBackup(lib.file(), window.preferences());
        onShown.accept(window);
    }

    /** File › Open library and its kin: saves and closes the open library, then opens {@code file} in its place. */
    private void switchLibrary(Path file, Path restoreFrom) {
        MainWindow closing = window;
        closing.closeLibrary(() -> {
            Library old = library;
            UiPreferences preferences = closing.preferences();
            window = null;
            library = null;
            new OpeningView().show(stage, file.getFileName().toString(), preferences, messages);
            stage.setOnCloseRequest(e -> closedWhileOpening = true);
            background.run(() -> {
                old.close();
                return old.file();
            }, previous -> openLibrary(file, null, preferences, restoreFrom, previous), this::failed);
        });
    }

    /**
     * Settings › Language: saves the open article, closes the window's parts and builds the window again in
     * {@code language} on the same library (kept open), the same article open again.
     */
    private void switchLanguage(UiLanguage language, org.newsdesk.i18n.Digits digits) {
        MainWindow closing = window;
        Article open = closing.editor().storedProperty().get();
        closing.closeLibrary(() -> {
            UiPreferences preferences = closing.preferences().withLanguage(language, digits);
            preferencesStore.saveInBackground(background, preferences);
            messages = Messages.of(language, digits);
            window = null;
            showWindow(library, open == null ? null : open.id(), preferences);
        });
    }

    /** Once a day, a copy of the library in the data folder's backups/ (the last seven are kept), unless switched off. */
    private void dailyBackup(Path file, UiPreferences preferences) {
        if (preferences.dailyBackupsOff()) {
            return;
        }
        Thread worker = new Thread(() -> {
            try {
                new BackupService(clock).daily(file, directories.dataDir().resolve("backups"))
                        .ifPresent(made -> LOG.info(() -> "Daily backup " + made.file() + " (" + made.articles()
                                + " articles)"));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The daily backup of " + file + " failed", e);
            }
        }, "newsdesk-daily-backup");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
    }

    /** Start-up failed before the window could show: say why in one sentence, then end cleanly. */
    private void failed(Throwable error) {
        LOG.log(Level.SEVERE, "Start-up failed", error);
        org.newsdesk.ui.common.Dialogs.alert(null, messages, Alert.AlertType.ERROR,
                messages.get("startup.cannotOpenLibrary"), ErrorReporter.message(messages, error));
        stop();
    }

    /** The window showing the open library; null while a library opens. */
    public MainWindow window() {
        return window;
    }

    /** True once the window closed and the library file is closed. */
    public boolean isStopped() {
        return library == null && background != null;
    }

    /**
     * First start: ask for name and role (the system user's name as a suggestion) and remember them. Cancelling
     * or closing the question keeps the suggestion: Tools › Profile… changes it later.
     */
    private ProfileDialog.FirstStart firstStartProfile(Stage window, ProfileStore profiles, User suggestion,
                                                       UiLanguage language) {
        ProfileDialog.FirstStart first = ProfileDialog.askFirstStart(window, messages, suggestion, language)
                .orElse(new ProfileDialog.FirstStart(suggestion, language));
        User chosen = first.user();
        // an unwritable config folder costs the user this question again next time, nothing more
        background.run(() -> {
            profiles.save(chosen);
            return chosen;
        }, saved -> { }, error -> LOG.log(Level.WARNING, "Cannot save the profile", error));
        return first;
    }

    /**
     * Finishes queued saves (the article, ui.json), closes the library file, and ends the FX toolkit, in that order:
     * the closing runs on the library thread after the saves, and the toolkit (with it the JVM) ends only then, so
     * the FX thread never waits and the last write is not lost.
     */
    public void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (errors != null) {
            errors.uninstall();
        }
        if (window != null) {
            window.team().close(); // idempotent: the window closing already stopped its sync
        }
        if (background == null) {
            exitToolkit.run();
            return;
        }
        Library closing = library;
        background.finish(() -> {
            try {
                if (closing != null) {
                    closing.close();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing the library failed", e);
            }
        }, () -> {
            library = null;
            exitToolkit.run();
        }, java.time.Duration.ofSeconds(10));
    }
}
