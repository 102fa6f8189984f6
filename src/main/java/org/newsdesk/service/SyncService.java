package org.newsdesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.model.PictureFetching;
import org.newsdesk.model.Presence;
import org.newsdesk.model.Role;
import org.newsdesk.model.SyncResult;
import org.newsdesk.model.TeamAddress;
import org.newsdesk.model.TeamStatus;
import org.newsdesk.store.Database;
import org.newsdesk.store.SyncStore;
import org.newsdesk.store.team.ServerErrors;
import org.newsdesk.store.team.ServerSchema;
import org.newsdesk.store.team.ServerStore;
import org.newsdesk.store.team.TeamConnector;

/**
 * Keeps a team library's local copy and its PostgreSQL server in step. The local library stays the working copy:
 * every save goes there first and is recorded as a change to push (by triggers, see {@link SyncStore}). A sync
 * pushes those changes in one server transaction and records the result in one local transaction, then pulls the
 * server's changes page by page, each page one transaction on each side. A cut in the middle leaves both sides as
 * they were before that batch; changes carry ids, so the next sync finishes the job without doubling anything.
 * Both sides changed an article: fields changed on one side only are merged; the same field changed on both sides
 * keeps the server's text and this side's as a new draft copy. Comments and workflow steps are united.
 */
public final class SyncService {
    static final String ADDRESS = "team.address";
    static final String ROLE = "team.role";
    static final String POSITION = "team.position";
    static final String LAST_SYNC = "team.last-sync";
    /** Others' "is editing" marks older than this are stale (a client that vanished without saying so). */
    static final Duration PRESENCE_FRESH = Duration.ofSeconds(90);

    private final Database db;
    private final Stores stores;
    private final ArticleService articles;
    private final ArticleWriter writer;
    private final LibraryClock clock;
    private final JsonCodec json;
    private final TeamUser user;
    private final SyncStore sync = new SyncStore();
    private final ServerStore server;
    private final ServerSchema schema = new ServerSchema();
    private final TeamConnector connector = new TeamConnector();
    private final PullApplier applier;
    private final TeamPictures pictures;
    private volatile int pageSize = 500;

    SyncService(Database db, Stores stores, ArticleService articles, ArticleWriter writer, LibraryClock clock,
                JsonCodec json, TeamUser user, TeamPictures pictures) {
        this.db = db;
        this.stores = stores;
        this.articles = articles;
        this.writer = writer;
        this.clock = clock;
        this.json = json;
        this.user = user;
        this.server = new ServerStore(json);
        this.pictures = pictures;
        this.applier = new PullApplier(stores, sync, articles, writer, json);
        address().ifPresent(a -> user.becomeTeam(a.user(), role().orElse(Role.PRESS_OFFICER)));
    }

    /** Whether this library is the working copy of a team library. */
    public boolean isTeam() {
        return address().isPresent();
    }

    public Optional<TeamAddress> address() {
        return db.read(c -> stores.settings().get(c, ADDRESS)).map(TeamAddress::parse);
    }

    private Optional<Role> role() {
        return db.read(c -> stores.settings().get(c, ROLE)).map(Role::parse);
    }

    /** Articles per pull transaction: a cut connection loses at most one page of work. */
    public void setPageSize(int articlesPerTransaction) {
        this.pageSize = Math.max(1, articlesPerTransaction);
    }

    /** Local changes not pushed yet. */
    public int waiting() {
        return db.read(sync::waiting);
    }

    public TeamStatus status() {
        TeamAddress address = address().orElseThrow(this::notATeam);
        Role role = role().orElse(Role.PRESS_OFFICER);
        return db.read(c -> new TeamStatus(address, role, sync.waiting(c),
                stores.settings().get(c, LAST_SYNC).map(Instant::parse).orElse(null),
                stores.settings().get(c, POSITION).map(Long::parseLong).orElse(0L)));
    }

    /** Makes this (new, empty) library the working copy of the team library at {@code address}. */
    void becomeTeam(TeamAddress address, Role role) {
        db.write(c -> {
            stores.settings().put(c, ADDRESS, address.toString());
            stores.settings().put(c, ROLE, role.label());
            stores.settings().put(c, POSITION, "0");
            sync.setTeam(c, true);
            return null;
        });
        user.becomeTeam(address.user(), role);
    }

    /**
     * Pushes what changed here, then pulls what changed on the server. One sync at a time; the connection is kept
     * for the next one (a window syncs after every save), and opened again when it was lost.
     */
    public synchronized SyncResult sync(String password, SyncProgress progress) {
        TeamAddress address = address().orElseThrow(this::notATeam);
        Connection c = connection(address, password);
        try {
            refreshRole(c, address);
            SyncResult pushed = push(c, progress);
            SyncResult pulled = pull(c, progress);
            if (pushed.conflicts() + pulled.conflicts() > 0 || mergedSincePush(pulled)) {
                // merges and conflict copies made here go up now, so one sync leaves both sides agreeing
                pushed = pushed.plus(push(c, SyncProgress.NONE));
            }
            db.write(x -> {
                stores.settings().put(x, LAST_SYNC, clock.now().toString());
                return null;
            });
            pictures.usePassword(password);
            if (pictures.fetching() == PictureFetching.ALL && !pictures.missing().isEmpty()) {
                pictures.fetchAll(password, SyncProgress.NONE); // switched back to all: the rest comes now
            }
            return pushed.plus(pulled);
        } catch (SQLException e) {
            dropConnection();
            throw new ServerErrors(address).translate(e);
        } catch (RuntimeException e) {
            dropConnection();
            throw e;
        }
    }

    private Connection open;
    private String openFor;

    /** The kept connection if it still answers and is for this address and password, else a new one. */
    private Connection connection(TeamAddress address, String password) {
        String key = address + "\u0000" + password;
        if (open != null) {
            try {
                if (key.equals(openFor) && open.isValid(2)) {
                    return open;
                }
            } catch (SQLException gone) {
                // opened again below
            }
            dropConnection();
        }
        open = connector.connect(address, password);
        openFor = key;
        return open;
    }

    private void dropConnection() {
        if (open != null) {
            rollbackQuietly(open);
            try {
                open.close();
            } catch (SQLException ignored) {
                // already gone
            }
            open = null;
            openFor = null;
        }
    }

    /** Closes the kept connection (the library closes). */
    public synchronized void close() {
        dropConnection();
    }

    private boolean mergedSincePush(SyncResult pulled) {
        return !pulled.changed().isEmpty() && waiting() > 0;
    }

    /** Checks the server's schema and takes the role the server gives this login. */
    private void refreshRole(Connection c, TeamAddress address) throws SQLException {
        schema.checkCompatible(c, address);
        Role role = server.myRole(c);
        c.rollback();
        if (role == null) {
            throw new ConflictException(Message.of("error.team.notAMemberAnyMore", address.user(), address.where()));
        }
        if (role().map(r -> r != role).orElse(true)) {
            db.write(x -> {
                stores.settings().put(x, ROLE, role.label());
                return null;
            });
        }
        user.becomeTeam(address.user(), role);
    }

    // ---- push ----------------------------------------------------------------------------------------------------

    private SyncResult push(Connection c, SyncProgress progress) throws SQLException {
        List<Outgoing> outgoing = db.read(x -> Outgoing.collect(x, sync, stores, sync.outbox(x)));
        if (outgoing.isEmpty()) {
            return new SyncResult(0, 0, 0, List.of(), Set.of());
        }
        PushOutcome outcome = new PushOutcome();
        String me = user.get().name();
        try (Statement st = c.createStatement()) {
            st.execute("SET LOCAL statement_timeout = '60s'");
        }
        server.lockChanges(c);
        int done = 0;
        for (Outgoing item : outgoing) {
            var savepoint = c.setSavepoint();
            try {
                new Pusher(server, json, c, me, outcome).push(item);
                c.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                if (isConnectionLost(e)) {
                    throw e;
                }
                c.rollback(savepoint);
                outcome.refuse(item, org.newsdesk.store.team.ServerSentences.of(ServerErrors.firstLine(e)));
                if (item.entry().kind().equals("trash") || item.entry().kind().equals("purge")) {
                    outcome.bringBack(server.articles(c, List.of(item.articleId())));
                }
                if (item.entry().kind().equals("step")) {
                    outcome.fixStatus(item.articleId(), server.row(c, item.articleId()).orElse(null),
                            server.steps(c, item.articleId()));
                }
            }
            progress.pushed(++done, outgoing.size());
        }
        c.commit();
        progress.serverCommitted();
        Set<UUID> changed = db.write(x -> {
            Set<UUID> here = applier.afterPush(x, outcome, clock.now());
            if (!outcome.broughtBack().isEmpty()) {
                sync.setApplying(x, true);
                here.addAll(applier.applyPage(x, outcome.broughtBack(), clock.now()).changed());
                sync.setApplying(x, false);
            }
            return here;
        });
        return new SyncResult(outcome.accepted(), 0, outcome.conflicts(), outcome.refusals(), changed);
    }

    static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.startsWith("57P");
    }

    // ---- pull ----------------------------------------------------------------------------------------------------

    private SyncResult pull(Connection c, SyncProgress progress) throws SQLException {
        int pulled = 0;
        int conflicts = 0;
        Set<UUID> changed = new HashSet<>();
        int total = -1;
        int done = 0;
        while (true) {
            try (Statement st = c.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            long position = db.read(x -> stores.settings().get(x, POSITION)).map(Long::parseLong).orElse(0L);
            if (total < 0) {
                total = server.countArticlesAfter(c, position);
            }
            List<ServerStore.PulledArticle> page = server.articlesAfter(c, position, pageSize);
            boolean last = page.size() < pageSize;
            long upTo = last ? Math.max(position, server.lastChange(c))
                    : page.get(page.size() - 1).changeSeq();
            boolean withBytes = pictures.fetching() == PictureFetching.ALL; // on demand: descriptions only
            PullApplier.PageResult result = db.write(x -> {
                sync.setApplying(x, true);
                PullApplier.PageResult r = applier.applyPage(x, page, clock.now());
                int pictures = server.assetsBetween(c, position, upTo, withBytes, a -> {
                    try {
                        if (withBytes) {
                            stores.assets().insertIfAbsent(x, a.asset(), a.bytes(), clock.now());
                        } else {
                            stores.assets().insertDescription(x, a.asset(), clock.now());
                        }
                    } catch (SQLException e) {
                        throw new PictureWriteFailed(e);
                    }
                });
                Set<UUID> purged = new HashSet<>();
                for (UUID id : server.purgedBetween(c, position, upTo)) { // emptied from the team's trash
                    for (String kind : List.of("article", "trash", "purge")) {
                        sync.forget(x, kind, id.toString());
                    }
                    if (stores.articles().delete(x, id)) {
                        purged.add(id);
                    }
                }
                stores.settings().put(x, POSITION, Long.toString(upTo));
                sync.setApplying(x, false);
                return r.withPictures(pictures).withPurged(purged);
            });
            c.commit();
            pulled += result.articles() + result.pictures();
            conflicts += result.conflicts();
            changed.addAll(result.changed());
            done += page.size();
            progress.pulled(done, Math.max(total, done));
            if (last) {
                return new SyncResult(0, pulled, conflicts, List.of(), changed);
            }
        }
    }

    /** Carries a local write error out of the picture stream; the page's transaction is rolled back. */
    static final class PictureWriteFailed extends RuntimeException {
        PictureWriteFailed(SQLException cause) {
            super(cause);
        }
    }

    // ---- presence --------------------------------------------------------------------------

    /** Tells the team which article this person has open (null: none), and returns who else has what open. */
    public List<Presence> presence(String password, UUID editing) {
        TeamAddress address = address().orElseThrow(this::notATeam);
        try (Connection c = connector.connect(address, password)) {
            server.setPresence(c, editing);
            c.commit();
            List<Presence> others = server.presence(c, PRESENCE_FRESH);
            c.rollback();
            return others;
        } catch (SQLException e) {
            throw new ServerErrors(address).translate(e);
        }
    }

    /** Listens for the server's change notifications until closed (see {@link ChangeWatch}). */
    public ChangeWatch watch(String password, ChangeWatch.Listener listener) {
        TeamAddress address = address().orElseThrow(this::notATeam);
        return ChangeWatch.start(connector, address, password, listener);
    }

    private NewsdeskException notATeam() {
        return new BadInputException(Message.of("error.sync.notATeam", db.file().toString()));
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: the server rolls the transaction back itself
        }
    }
}
