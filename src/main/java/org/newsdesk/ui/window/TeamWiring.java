package org.newsdesk.ui.window;

import org.newsdesk.i18n.Messages;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.newsdesk.model.Article;
import org.newsdesk.model.Presence;
import org.newsdesk.model.SyncResult;
import org.newsdesk.model.TeamAddress;
import org.newsdesk.service.Library;
import org.newsdesk.service.TeamCredentials;
import org.newsdesk.service.TeamService;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.editor.EditorViewModel;
import org.newsdesk.ui.library.LibraryViewModel;
import org.newsdesk.ui.team.JoinTeamDialog;
import org.newsdesk.ui.team.PasswordPrompt;
import org.newsdesk.ui.team.SessionPasswords;
import org.newsdesk.ui.team.TeamSync;

/**
 * The team library in the window: File ▸ Join team library…, the sync state in the status bar, colleagues' saves
 * arriving in the list and in the open article, and "Omar is editing" marks. Kept apart from {@link MainWindow}.
 */
public final class TeamWiring {
    private final Messages t;
    private final Stage stage;
    private final Library library;
    private final BackgroundWork background;
    private final EditorViewModel editor;
    private final LibraryViewModel list;
    private final Consumer<String> notify;
    private final Label state = new Label();
    private SessionPasswords passwords = new SessionPasswords(TeamCredentials.forThisSystem());
    private Consumer<JoinTeamDialog.Joined> onJoined = j -> { };
    private Path dataDir = Path.of(System.getProperty("user.home"));
    private TeamSync sync;
    private volatile String password;
    private Runnable onOnline = () -> { };
    private MenuItem fetchItem;
    /** How this team library's pictures come (null: not a team library), for the Settings window. */
    private org.newsdesk.model.PictureFetching fetching;

    TeamWiring(Messages t, Stage stage, Library library, BackgroundWork background, EditorViewModel editor, LibraryViewModel list,
               Consumer<String> notify) {
        this.t = t;
        this.stage = stage;
        this.library = library;
        this.background = background;
        this.editor = editor;
        this.list = list;
        this.notify = notify;
        state.setId("sync-state");
        state.setVisible(false);
        state.setManaged(false);
    }

    /** Runs on the FX thread after each sync that reached the server (pictures waiting for it are asked again). */
    void setOnOnline(Runnable onOnline) {
        this.onOnline = onOnline;
    }

    /** The app's passwords for this session, where a join leaves the one that worked. */
    public void setPasswords(SessionPasswords passwords) {
        this.passwords = passwords;
    }

    /** What happens after a join: the app opens the new library. */
    public void setOnJoined(Consumer<JoinTeamDialog.Joined> onJoined, Path dataDir) {
        this.onJoined = onJoined;
        this.dataDir = dataDir;
    }

    void addMenu(MenuBar bar) {
        Menu file = bar.getMenus().get(0);
        Menu items = new MenuBuilder(t, "menu.file").item("menu.file.joinTeam", null, Feather.USERS, this::join)
                .item("menu.file.fetchPictures", null, Feather.DOWNLOAD, this::fetchPictures).build();
        MenuItem join = items.getItems().get(0);
        MenuItem fetch = items.getItems().get(1);
        items.getItems().clear();
        join.setId("menu-join-team");
        fetch.setId("menu-fetch-pictures");
        fetch.setVisible(false); // only a team library has pictures on a server: shown by start()
        fetchItem = fetch;
        int at = file.getItems().stream().map(MenuItem::getId).toList().indexOf("menu-export");
        file.getItems().add(at >= 0 ? at + 1 : file.getItems().size(), join);
        file.getItems().add(file.getItems().indexOf(join) + 1, fetch);
    }

    /** File ▸ Fetch all team pictures: every picture still on the server comes here (before going offline). */
    private void fetchPictures() {
        String pw = password;
        if (pw == null) {
            notify.accept(t.get("sync.notSignedIn"));
            return;
        }
        notify.accept(t.get("team.pictures.fetching"));
        // its own thread: the network may keep it waiting, and the library thread serves the editor meanwhile
        Thread worker = new Thread(() -> {
            String said;
            try {
                int fetched = library.teamPictures().fetchAll(pw, org.newsdesk.service.SyncProgress.NONE);
                int left = library.teamPictures().missing().size();
                said = t.get("team.pictures.fetched", fetched, left);
            } catch (RuntimeException e) {
                said = org.newsdesk.ui.common.ErrorReporter.message(t, e);
            }
            String sentence = said;
            Platform.runLater(() -> notify.accept(sentence));
        }, "newsdesk-fetch-pictures");
        worker.setDaemon(true);
        worker.start();
    }

    Node stateNode() {
        return state;
    }

    private void join() {
        editor.flush();
        JoinTeamDialog.show(t, stage, new TeamService(java.time.Clock.systemUTC()), passwords.keyring(), dataDir)
                .ifPresent(joined -> {
                    passwords.remember(joined.address(), joined.password());
                    onJoined.accept(joined);
                });
    }

    /** In a team library: finds the password (asks once if nothing holds it) and starts syncing. */
    void start() {
        // whether this is a team library is a setting in the library: read on the library thread
        background.run(() -> library.sync().address(), address -> address.ifPresent(this::startTeam), e -> { });
    }

    private void startTeam(TeamAddress address) {
        state.setVisible(true);
        state.setManaged(true);
        state.setText(t.get("sync.connecting"));
        if (fetchItem != null) {
            fetchItem.setVisible(true);
        }
        background.run(() -> library.teamPictures().fetching(), f -> fetching = f, e -> { });
        background.run(() -> Map.entry(address, passwords.find(address).orElse("")), found -> {
            String password = found.getValue();
            if (password.isEmpty()) {
                password = PasswordPrompt.ask(stage, t, found.getKey()).orElse("");
            }
            if (password.isEmpty()) {
                state.setText(t.get("sync.notSignedIn"));
                return;
            }
            passwords.remember(found.getKey(), password);
            startSync(password);
        }, error -> state.setText(t.get("sync.failed", org.newsdesk.ui.common.ErrorReporter.message(t, error))));
    }

    private void startSync(String password) {
        this.password = password;
        library.teamPictures().usePassword(password); // pictures on demand sign in with it
        sync = new TeamSync(t, library.sync(), password, Platform::runLater);
        state.textProperty().bind(sync.textProperty());
        sync.stateProperty().addListener((o, a, s) -> {
            state.getStyleClass().removeAll("success", "warning", "danger");
            state.getStyleClass().add(switch (s) {
                case SYNCED -> "success";
                case OFFLINE, CONNECTING, SYNCING -> "warning";
                case FAILED -> "danger";
            });
        });
        sync.setOnSynced(this::arrived);
        sync.setOnPresence(others -> {
            Map<UUID, String> marks = new HashMap<>();
            for (Presence p : others) {
                marks.merge(p.articleId(), p.user(), (x, y) -> x + t.get("list.comma") + y);
            }
            list.editing().clear();
            list.editing().putAll(marks);
        });
        editor.storedProperty().addListener((o, before, now) -> {
            sync.localChange();
            if (now == null || before == null || !before.id().equals(now.id())) {
                sync.setEditing(now == null ? null : now.id());
            }
        });
        Article open = editor.storedProperty().get();
        sync.setEditing(open == null ? null : open.id());
        sync.start();
    }

    /** Colleagues' changes came in: the list shows them; the open article too, unless it has unsaved edits. */
    private void arrived(SyncResult result) {
        onOnline.run();
        if (!result.refused().isEmpty()) {
            notify.accept(String.join(" ", result.refused().stream().map(t::text).toList()));
        } else if (result.conflicts() > 0) {
            notify.accept(t.get("sync.conflicts", result.conflicts()));
        }
        if (result.changed().isEmpty()) {
            return;
        }
        list.refresh();
        Article open = editor.storedProperty().get();
        if (open != null && result.changed().contains(open.id()) && !editor.hasUnsavedChanges()) {
            background.run(() -> library.articles().get(open.id()), fresh -> {
                if (!editor.hasUnsavedChanges() && editor.storedProperty().get() != null
                        && editor.storedProperty().get().id().equals(fresh.id())
                        && fresh.version() != editor.storedProperty().get().version()) {
                    editor.open(fresh);
                }
            }, e -> { });
        }
    }

    /** How this team library's pictures come; null when it is not a team library (or not read yet). */
    public org.newsdesk.model.PictureFetching fetching() {
        return fetching;
    }

    /** The Settings window chose how pictures come: kept in the library; choosing all fetches the rest at the next sync. */
    public void setFetching(org.newsdesk.model.PictureFetching chosen) {
        fetching = chosen;
        background.run(() -> {
            library.teamPictures().setFetching(chosen);
            return null;
        }, done -> {
            if (sync != null) {
                sync.requestSync();
            }
        }, e -> notify.accept(org.newsdesk.ui.common.ErrorReporter.message(t, e)));
    }

    /** The sync state's text ("Synced", "Offline — 3 changes waiting", "Sync failed: …"). */
    public String stateText() {
        return state.getText();
    }

    /** Stops syncing (the window closes or switches library). */
    public void close() {
        if (sync != null) {
            TeamSync closing = sync;
            sync = null;
            // closing waits for a running sync and tells the server goodbye: network work, on the library thread
            // (queued before the library closes); if that thread has already stopped, on one of its own
            var queued = background.run(() -> {
                closing.close();
                return null;
            }, done -> { }, e -> { });
            if (queued.isCancelled()) {
                Thread last = new Thread(closing::close, "newsdesk-team-close");
                last.setDaemon(true);
                last.start();
            }
        }
    }
}
