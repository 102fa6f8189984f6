package org.newsdesk.store.team;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Asset;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Presence;
import org.newsdesk.model.Revision;
import org.newsdesk.model.Role;
import org.newsdesk.model.StatusChange;
import org.newsdesk.store.AssetStore.StoredAsset;

/**
 * The team library's tables on the PostgreSQL server, read and written inside the caller's transaction. Every
 * write takes the change lock first ({@link #lockChanges}), so changes are numbered in the order they commit and
 * a client that pulled up to change n has every change before it.
 */
public final class ServerStore {
    private final JsonCodec json;

    public ServerStore(JsonCodec json) {
        this.json = json;
    }

    /** A revision's identity across libraries: who recorded it, and when. */
    public record RevisionKey(String author, Instant at) {
    }

    /** A workflow step as the server has it, with the revision that holds its text (or null). */
    public record ServerStep(StatusChange step, RevisionKey revision) {
    }

    /** The server's row of an article: its status (the server's word), content version and last change id. */
    public record ServerRow(UUID id, ArticleStatus status, long version, String content, String lastChange,
                            String updatedBy) {
    }

    /** An article with what changed around it since a position in the change feed. */
    public record PulledArticle(Article article, long version, long changeSeq, String updatedBy, String content,
                                List<Revision> revisions, List<ServerStep> steps, List<Comment> comments,
                                boolean trashed) {
    }

    public void lockChanges(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SELECT newsdesk.lock_changes()");
        }
    }

    /** The caller's role as the server decides it, or null when the login is in neither group. */
    public Role myRole(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT newsdesk.my_role()")) {
            rs.next();
            String r = rs.getString(1);
            return r == null ? null : Role.parse(r);
        }
    }

    /** The newest change number visible in this transaction. */
    public long lastChange(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT greatest("
                + "(SELECT coalesce(max(change_seq), 0) FROM newsdesk.article),"
                + "(SELECT coalesce(max(change_seq), 0) FROM newsdesk.asset),"
                + "(SELECT coalesce(max(change_seq), 0) FROM newsdesk.purged))")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public int countArticlesAfter(Connection c, long position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM newsdesk.article WHERE change_seq > ?")) {
            ps.setLong(1, position);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    public Optional<ServerRow> row(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status, version, content, last_change, updated_by"
                + " FROM newsdesk.article WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ServerRow(id, ArticleStatus.parse(rs.getString(1)), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
    }

    /** Adds a new article (always a draft on the server); false when the id is taken. */
    public boolean insert(Connection c, Article article, String changeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO newsdesk.article (id, content, headline, last_change)"
                + " VALUES (?,?,?,?::uuid) ON CONFLICT (id) DO NOTHING")) {
            ps.setObject(1, article.id());
            ps.setString(2, json.writeArticle(article));
            ps.setString(3, article.headline());
            ps.setString(4, changeId(changeId));
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Writes new content on top of {@code baseVersion}. Empty when nothing was written: the version moved on, or
     * row-level security hides the row from this login's changes (a press officer and an article in review).
     */
    public OptionalLong update(Connection c, Article article, String changeId, long baseVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE newsdesk.article SET content = ?, headline = ?,"
                + " last_change = ?::uuid WHERE id = ? AND version = ? RETURNING version")) {
            ps.setString(1, json.writeArticle(article));
            ps.setString(2, article.headline());
            ps.setString(3, changeId(changeId));
            ps.setObject(4, article.id());
            ps.setLong(5, baseVersion);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** The change id as a UUID string (outbox ids are 32 hex digits). */
    private static String changeId(String hex) {
        return hex.length() == 32 ? hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5") : hex;
    }

    public static boolean sameChange(String serverLastChange, String outboxChangeId) {
        return serverLastChange != null && serverLastChange.equals(changeId(outboxChangeId));
    }

    /** Adds a revision unless the server has it (same article, author and time). */
    public void insertRevision(Connection c, Revision r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO newsdesk.revision (article_id, author, created_at,"
                + " note, status, snapshot) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
            ps.setObject(1, r.snapshot().id());
            ps.setString(2, r.author());
            ps.setTimestamp(3, Timestamp.from(r.createdAt()));
            ps.setString(4, r.note());
            ps.setString(5, r.snapshot().status().label());
            ps.setString(6, json.writeArticle(r.snapshot()));
            ps.executeUpdate();
        }
    }

    /** Whether the server has this step already (anyone's: the same step is the same whoever pushes it). */
    public boolean hasStep(Connection c, UUID articleId, StatusChange s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM newsdesk.status_change WHERE article_id = ?"
                + " AND author = ? AND at = ? AND to_status = ?")) {
            ps.setObject(1, articleId);
            ps.setString(2, s.author());
            ps.setTimestamp(3, Timestamp.from(s.at()));
            ps.setString(4, s.to().label());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Takes a step through the server's function, which checks the caller's group and the article's state. */
    public void takeStep(Connection c, UUID articleId, StatusChange s, RevisionKey revision) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT newsdesk.take_step(?,?,?,?,?,?,?)")) {
            ps.setObject(1, articleId);
            ps.setString(2, s.from() == null ? null : s.from().label());
            ps.setString(3, s.to().label());
            ps.setString(4, s.note());
            ps.setTimestamp(5, Timestamp.from(s.at()));
            ps.setString(6, revision == null ? null : revision.author());
            ps.setTimestamp(7, revision == null ? null : Timestamp.from(revision.at()));
            ps.executeQuery().close();
        }
    }

    /**
     * Adds {@code me}'s comment (anyone else's is theirs to add), and brings a comment's resolved state up to date
     * when {@code me} changed it later than the server knows.
     */
    public void pushComment(Connection c, Comment m, String me) throws SQLException {
        if (m.author().equals(me)) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO newsdesk.comment (id, article_id, parent_id,"
                    + " author, created_at, body, anchor_start, anchor_end, quote, resolved, state_changed_by,"
                    + " state_changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING")) {
                ps.setObject(1, m.id());
                ps.setObject(2, m.articleId());
                ps.setObject(3, m.parent());
                ps.setString(4, m.author());
                ps.setTimestamp(5, Timestamp.from(m.createdAt()));
                ps.setString(6, m.text());
                ps.setInt(7, m.anchor().start());
                ps.setInt(8, m.anchor().end());
                ps.setString(9, m.quote());
                ps.setBoolean(10, m.resolved());
                ps.setString(11, m.stateChangedBy());
                ps.setTimestamp(12, m.stateChangedAt() == null ? null : Timestamp.from(m.stateChangedAt()));
                ps.executeUpdate();
            }
        }
        if (m.stateChangedAt() != null && me.equals(m.stateChangedBy())) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE newsdesk.comment SET resolved = ?, state_changed_by = ?,"
                    + " state_changed_at = ? WHERE id = ? AND (state_changed_at IS NULL OR state_changed_at < ?)")) {
                ps.setBoolean(1, m.resolved());
                ps.setString(2, m.stateChangedBy());
                ps.setTimestamp(3, Timestamp.from(m.stateChangedAt()));
                ps.setObject(4, m.id());
                ps.setTimestamp(5, Timestamp.from(m.stateChangedAt()));
                ps.executeUpdate();
            }
        }
    }

    /** Stores a picture once by its SHA-256. */
    public void insertAsset(Connection c, Asset a, byte[] bytes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO newsdesk.asset (sha256, mime_type, width, height,"
                + " size, data) VALUES (?,?,?,?,?,?) ON CONFLICT (sha256) DO NOTHING")) {
            ps.setString(1, a.sha256());
            ps.setString(2, a.mimeType());
            ps.setInt(3, a.width());
            ps.setInt(4, a.height());
            ps.setLong(5, bytes.length);
            ps.setBytes(6, bytes);
            ps.executeUpdate();
        }
    }

    /**
     * Up to {@code limit} articles changed after {@code position}, in change order, each with its revisions, steps
     * and comments changed after {@code position} (all of them on a first pull).
     */
    public List<PulledArticle> articlesAfter(Connection c, long position, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ARTICLE_SELECT + " WHERE change_seq > ? ORDER BY change_seq LIMIT ?")) {
            ps.setLong(1, position);
            ps.setInt(2, limit);
            return withTrails(c, readRows(ps), position);
        }
    }

    /** These articles as the server has them now, with their whole trails (those the server has). */
    public List<PulledArticle> articles(Connection c, List<UUID> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ARTICLE_SELECT + " WHERE id = ANY(?) ORDER BY change_seq")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            return withTrails(c, readRows(ps), 0);
        }
    }

    private static final String ARTICLE_SELECT = "SELECT id, status, version, content, change_seq, updated_by,"
            + " trashed_at IS NOT NULL FROM newsdesk.article";

    private static Map<UUID, Object[]> readRows(PreparedStatement ps) throws SQLException {
        Map<UUID, Object[]> rows = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getObject(1, UUID.class), new Object[] {rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getBoolean(7)});
            }
        }
        return rows;
    }

    private List<PulledArticle> withTrails(Connection c, Map<UUID, Object[]> rows, long position) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        Array ids = c.createArrayOf("uuid", rows.keySet().toArray());
        Map<UUID, List<Revision>> revisions = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, author, created_at, note, snapshot FROM"
                + " newsdesk.revision WHERE article_id = ANY(?) AND change_seq > ? ORDER BY article_id, created_at")) {
            ps.setArray(1, ids);
            ps.setLong(2, position);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    revisions.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Revision(0,
                            rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                            json.readArticle(rs.getString(5))));
                }
            }
        }
        Map<UUID, List<ServerStep>> steps = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, from_status, to_status, author, at, note,"
                + " rev_author, rev_at FROM newsdesk.status_change WHERE article_id = ANY(?) ORDER BY id")) {
            ps.setArray(1, ids); // all steps: the server's trail is the article's trail
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(2);
                    Timestamp revAt = rs.getTimestamp(8);
                    steps.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new ServerStep(
                            new StatusChange(from == null ? null : ArticleStatus.parse(from),
                                    ArticleStatus.parse(rs.getString(3)), rs.getString(4),
                                    rs.getTimestamp(5).toInstant(), rs.getString(6)),
                            revAt == null ? null : new RevisionKey(rs.getString(7), revAt.toInstant())));
                }
            }
        }
        Map<UUID, List<Comment>> comments = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, article_id, parent_id, author, created_at, body,"
                + " anchor_start, anchor_end, quote, resolved, state_changed_by, state_changed_at FROM newsdesk.comment"
                + " WHERE article_id = ANY(?) AND change_seq > ? ORDER BY (parent_id IS NOT NULL), created_at, id")) {
            ps.setArray(1, ids);
            ps.setLong(2, position);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int start = rs.getInt(7);
                    Timestamp changed = rs.getTimestamp(12);
                    UUID article = rs.getObject(2, UUID.class);
                    comments.computeIfAbsent(article, k -> new ArrayList<>()).add(new Comment(rs.getObject(1, UUID.class),
                            0, article, rs.getObject(3, UUID.class), rs.getString(4), rs.getTimestamp(5).toInstant(),
                            rs.getString(6), start < 0 ? Anchor.GENERAL : new Anchor(start, rs.getInt(8)),
                            rs.getString(9), rs.getBoolean(10), rs.getString(11),
                            changed == null ? null : changed.toInstant()));
                }
            }
        }
        List<PulledArticle> out = new ArrayList<>(rows.size());
        for (var e : rows.entrySet()) {
            Object[] r = e.getValue();
            Article a = json.readArticle((String) r[2]).withStatus(ArticleStatus.parse((String) r[0]));
            out.add(new PulledArticle(a, (Long) r[1], (Long) r[3], (String) r[4], (String) r[2],
                    revisions.getOrDefault(e.getKey(), List.of()), steps.getOrDefault(e.getKey(), List.of()),
                    comments.getOrDefault(e.getKey(), List.of()), (Boolean) r[5]));
        }
        return out;
    }

    /** The articles purged from the team library's trash after {@code after} up to {@code upTo}. */
    public List<UUID> purgedBetween(Connection c, long after, long upTo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM newsdesk.purged WHERE change_seq > ?"
                + " AND change_seq <= ? ORDER BY change_seq")) {
            ps.setLong(1, after);
            ps.setLong(2, upTo);
            List<UUID> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
            return out;
        }
    }

    /** Moves the article to the trash or out of it through the server's function, which checks the caller's group. */
    public void trash(Connection c, UUID articleId, boolean trashed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT newsdesk.trash(?, ?)")) {
            ps.setObject(1, articleId);
            ps.setBoolean(2, trashed);
            ps.executeQuery().close();
        }
    }

    /** Deletes a trashed article for good through the server's function (a tombstone tells the other laptops). */
    public void purge(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT newsdesk.purge(?)")) {
            ps.setObject(1, articleId);
            ps.executeQuery().close();
        }
    }

    /** The article's whole trail of steps on the server. */
    public List<ServerStep> steps(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT from_status, to_status, author, at, note, rev_author,"
                + " rev_at FROM newsdesk.status_change WHERE article_id = ? ORDER BY id")) {
            ps.setObject(1, articleId);
            List<ServerStep> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(1);
                    Timestamp revAt = rs.getTimestamp(7);
                    out.add(new ServerStep(new StatusChange(from == null ? null : ArticleStatus.parse(from),
                            ArticleStatus.parse(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(),
                            rs.getString(5)), revAt == null ? null : new RevisionKey(rs.getString(6), revAt.toInstant())));
                }
            }
            return out;
        }
    }

    /**
     * Pictures added after {@code after} up to {@code upTo}, handed over one at a time (they can be large); without
     * {@code withBytes}, their descriptions only (the bytes stay on the server until needed: an empty array).
     */
    public int assetsBetween(Connection c, long after, long upTo, boolean withBytes, Consumer<StoredAsset> sink)
            throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256, mime_type, width, height, size"
                + (withBytes ? ", data" : "") + " FROM newsdesk.asset WHERE change_seq > ? AND change_seq <= ?"
                + " ORDER BY change_seq")) {
            ps.setFetchSize(withBytes ? 16 : 1000);
            ps.setLong(1, after);
            ps.setLong(2, upTo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new StoredAsset(new Asset(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                            rs.getLong(5)), withBytes ? rs.getBytes(6) : new byte[0]));
                    n++;
                }
            }
        }
        return n;
    }

    /** The bytes of the pictures among {@code sha256s} that the server has, handed over one at a time. */
    public void assetBytes(Connection c, List<String> sha256s, java.util.function.BiConsumer<String, byte[]> sink)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256, data FROM newsdesk.asset WHERE sha256 = ANY(?)")) {
            ps.setFetchSize(16);
            ps.setArray(1, c.createArrayOf("text", sha256s.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getString(1), rs.getBytes(2));
                }
            }
        }
    }

    /** Says which article this login has open (null: none). */
    public void setPresence(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO newsdesk.presence (article_id, seen_at) VALUES (?, now())"
                + " ON CONFLICT (username) DO UPDATE SET article_id = EXCLUDED.article_id, seen_at = now()")) {
            ps.setObject(1, articleId);
            ps.executeUpdate();
        }
    }

    /** Who else has which article open, seen within {@code fresh}. */
    public List<Presence> presence(Connection c, Duration fresh) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT username, article_id FROM newsdesk.presence"
                + " WHERE article_id IS NOT NULL AND username <> session_user AND seen_at > now() - ?::interval"
                + " ORDER BY username")) {
            ps.setString(1, fresh.toSeconds() + " seconds");
            List<Presence> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Presence(rs.getString(1), rs.getObject(2, UUID.class)));
                }
            }
            return out;
        }
    }
}
