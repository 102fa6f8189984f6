package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.StatusChange;

/**
 * A team library's bookkeeping in the local file: the outbox of changes not yet pushed (filled by triggers, so
 * every service's writes are caught without knowing about sync), each article's server base, and the switches
 * that turn the triggers on (a team library) and off (while a pull writes what the server sent).
 */
public final class SyncStore {
    /** One thing changed here and not yet pushed. */
    public record OutboxEntry(String kind, String key, String changeId) {
    }

    /** A workflow step recorded here, with its row id (the order steps were taken in this library). */
    public record LocalStep(long rowId, UUID articleId, StatusChange step) {
    }

    /** The server's version this copy of an article builds on, and the article's JSON as the server had it. */
    public record Base(long serverVersion, String json) {
    }

    public boolean isTeam(Connection c) throws SQLException {
        return flag(c, "team");
    }

    public void setTeam(Connection c, boolean team) throws SQLException {
        setFlag(c, "team", team);
    }

    /** While on, local writes are not recorded as changes to push (a pull writing the server's changes). */
    public void setApplying(Connection c, boolean applying) throws SQLException {
        setFlag(c, "applying", applying);
    }

    /**
     * Every change waiting to be pushed, in the order a push sends them: pictures, articles, revisions, steps, comments,
     * moves in and out of the trash, deletions for good.
     */
    public List<OutboxEntry> outbox(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT kind, key, change_id FROM sync_outbox"
                + " ORDER BY CASE kind WHEN 'asset' THEN 0 WHEN 'article' THEN 1 WHEN 'revision' THEN 2 WHEN 'step' THEN 3"
                + " WHEN 'trash' THEN 5 WHEN 'purge' THEN 6 ELSE 4 END, key")) {
            List<OutboxEntry> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new OutboxEntry(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
            return out;
        }
    }

    public int waiting(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sync_outbox")) {
            return rs.getInt(1);
        }
    }

    public boolean isWaiting(Connection c, String kind, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sync_outbox WHERE kind = ? AND key = ?")) {
            ps.setString(1, kind);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Marks an entry pushed, unless it changed again since it was read (then the newer change still waits). */
    public void done(Connection c, OutboxEntry entry) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_outbox WHERE kind = ? AND key = ? AND change_id = ?")) {
            ps.setString(1, entry.kind());
            ps.setString(2, entry.key());
            ps.setString(3, entry.changeId());
            ps.executeUpdate();
        }
    }

    /** Drops whatever waits for this thing (a change the server refused, now replaced by the server's state). */
    public void forget(Connection c, String kind, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_outbox WHERE kind = ? AND key = ?")) {
            ps.setString(1, kind);
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    public Optional<Base> base(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT server_version, base FROM sync_article WHERE article_id = ?")) {
            ps.setString(1, articleId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Base(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    public void putBase(Connection c, UUID articleId, Base base) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO sync_article (article_id, server_version,"
                + " base) VALUES (?,?,?)")) {
            ps.setString(1, articleId.toString());
            ps.setLong(2, base.serverVersion());
            ps.setString(3, base.json());
            ps.executeUpdate();
        }
    }

    /** The outbox key of a step: its row id, zero-padded so keys sort in the order the steps were taken. */
    public static String stepKey(long rowId) {
        return String.format("%020d", rowId);
    }

    public static String revisionKey(UUID articleId, int number) {
        return articleId + "/" + number;
    }

    public Optional<LocalStep> step(Connection c, long rowId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STEP_SELECT + " WHERE id = ?")) {
            ps.setLong(1, rowId);
            List<LocalStep> steps = readSteps(ps);
            return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(0));
        }
    }

    /** The article's steps still waiting to be pushed, oldest first. */
    public List<LocalStep> waitingSteps(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STEP_SELECT + " WHERE article_id = ? AND EXISTS (SELECT 1 FROM"
                + " sync_outbox o WHERE o.kind = 'step' AND o.key = printf('%020d', status_change.id)) ORDER BY id")) {
            ps.setString(1, articleId.toString());
            return readSteps(ps);
        }
    }

    public void deleteStep(Connection c, long rowId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM status_change WHERE id = ?")) {
            ps.setLong(1, rowId);
            ps.executeUpdate();
        }
    }

    /** The number of the article's revision made by {@code author} at {@code at}, if this library has it. */
    public Optional<Integer> revisionNumber(Connection c, UUID articleId, String author, java.time.Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT number FROM revision WHERE article_id = ? AND author = ?"
                + " AND created_at = ?")) {
            ps.setString(1, articleId.toString());
            ps.setString(2, author);
            ps.setString(3, Times.format(at));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }

    private static final String STEP_SELECT = "SELECT id, article_id, from_status, to_status, author, at, note, revision"
            + " FROM status_change";

    private static List<LocalStep> readSteps(PreparedStatement ps) throws SQLException {
        List<LocalStep> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String from = rs.getString(3);
                out.add(new LocalStep(rs.getLong(1), UUID.fromString(rs.getString(2)), new StatusChange(
                        from == null ? null : ArticleStatus.parse(from), ArticleStatus.parse(rs.getString(4)),
                        rs.getString(5), Times.parse(rs.getString(6)), rs.getString(7), rs.getInt(8))));
            }
        }
        return out;
    }

    private static boolean flag(Connection c, String column) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + column
                + " FROM sync_control WHERE id = 1")) {
            return rs.next() && rs.getInt(1) != 0;
        }
    }

    private static void setFlag(Connection c, String column, boolean on) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE sync_control SET " + column + " = " + (on ? 1 : 0) + " WHERE id = 1");
        }
    }
}
