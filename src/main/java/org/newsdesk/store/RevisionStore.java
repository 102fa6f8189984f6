package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.ConflictMark;
import org.newsdesk.model.Revision;
import org.newsdesk.model.RevisionInfo;

/**
 * Snapshots of articles, numbered per article; never rewritten once stored (only a conflict mark is settled).
 * Snapshots are stored packed ({@link Packed}); a revision of the article exactly as stored shares the article's
 * row until the row changes ({@link SharedSnapshots}).
 */
public final class RevisionStore {
    private final JsonCodec json;

    public RevisionStore(JsonCodec json) {
        this.json = json;
    }

    /**
     * Records {@code snapshot}, the article as the store holds it now (what {@link ArticleStore#insert} or
     * {@link ArticleStore#update} returned, or read back): it shares the article's row until that changes.
     */
    public Revision add(Connection c, Article snapshot, String author, String note, Instant now) throws SQLException {
        long rowVersion = -1;
        int number;
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT version FROM article WHERE id = ?),"
                + " (SELECT coalesce(max(number), 0) FROM revision WHERE article_id = ?)")) {
            ps.setString(1, snapshot.id().toString());
            ps.setString(2, snapshot.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getObject(1) != null) {
                    rowVersion = rs.getLong(1);
                }
                number = rs.getInt(2) + 1;
            }
        }
        Revision revision = new Revision(number, author, now, note, snapshot, null);
        insert(c, revision, rowVersion == snapshot.version());
        return revision;
    }

    /**
     * Records revision 1 of an article {@link ArticleStore#insert inserted} in this transaction: it shares the row,
     * and nothing needs to be looked up first.
     */
    public Revision addInitial(Connection c, Article inserted, String author, String note, Instant now) throws SQLException {
        Revision revision = new Revision(1, author, now, note, inserted, null);
        insert(c, revision, true);
        return revision;
    }

    /**
     * Stores {@code revision} (from another library) as this article's next revision, keeping its author,
     * time, note and conflict mark; its number here is the next free one.
     */
    public Revision append(Connection c, Revision revision) throws SQLException {
        Article snapshot = revision.snapshot();
        int number = count(c, snapshot.id()) + 1;
        Revision numbered = new Revision(number, revision.author(), revision.createdAt(), revision.note(), snapshot,
                revision.conflict());
        insert(c, numbered, false);
        return numbered;
    }

    private void insert(Connection c, Revision revision, boolean shared) throws SQLException {
        Article snapshot = revision.snapshot();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revision (article_id, number, author, created_at,"
                + " note, status, conflict, version, snapshot) VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, snapshot.id().toString());
            ps.setInt(2, revision.number());
            ps.setString(3, revision.author());
            ps.setString(4, Times.format(revision.createdAt()));
            ps.setString(5, revision.note());
            ps.setString(6, snapshot.status().label());
            ps.setString(7, revision.conflict() == null ? null : revision.conflict().name().toLowerCase(Locale.ROOT));
            ps.setLong(8, snapshot.version());
            ps.setBytes(9, shared ? null : Packed.pack(json.writeArticle(snapshot)));
            ps.executeUpdate();
        }
    }

    public void setConflict(Connection c, UUID articleId, int number, ConflictMark mark) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE revision SET conflict = ? WHERE article_id = ? AND number = ?")) {
            ps.setString(1, mark == null ? null : mark.name().toLowerCase(Locale.ROOT));
            ps.setString(2, articleId.toString());
            ps.setInt(3, number);
            ps.executeUpdate();
        }
    }

    public int count(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(number), 0) FROM revision WHERE article_id = ?")) {
            ps.setString(1, articleId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    public List<RevisionInfo> list(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT number, author, created_at, note, status, conflict"
                + " FROM revision WHERE article_id = ? ORDER BY number")) {
            ps.setString(1, articleId.toString());
            List<RevisionInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RevisionInfo(rs.getInt(1), rs.getString(2), Times.parse(rs.getString(3)),
                            rs.getString(4), ArticleStatus.parse(rs.getString(5)), mark(rs.getString(6))));
                }
            }
            return out;
        }
    }

    /** Every revision with its snapshot, oldest first (for review packages). */
    public List<Revision> all(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT number, author, created_at, note, snapshot, conflict,"
                + " version FROM revision WHERE article_id = ? ORDER BY number")) {
            ps.setString(1, articleId.toString());
            List<Revision> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Revision(rs.getInt(1), rs.getString(2), Times.parse(rs.getString(3)), rs.getString(4),
                            snapshot(c, articleId, rs.getBytes(5), rs.getLong(7)), mark(rs.getString(6))));
                }
            }
            return out;
        }
    }

    public Optional<Revision> find(Connection c, UUID articleId, int number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT author, created_at, note, snapshot, conflict, version"
                + " FROM revision WHERE article_id = ? AND number = ?")) {
            ps.setString(1, articleId.toString());
            ps.setInt(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Revision(number, rs.getString(1), Times.parse(rs.getString(2)),
                        rs.getString(3), snapshot(c, articleId, rs.getBytes(4), rs.getLong(6)), mark(rs.getString(5))));
            }
        }
    }

    /** A stored snapshot, or (NULL) the article's row, which must still be at the revision's version. */
    private Article snapshot(Connection c, UUID articleId, byte[] packed, long version) throws SQLException {
        if (packed != null) {
            return json.readArticle(Packed.unpack(packed));
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ArticleStore.ARTICLE_COLUMNS
                + " FROM article a WHERE a.id = ?")) {
            ps.setString(1, articleId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Revision of article " + articleId + " shares a missing article row.");
                }
                ArticleRow row = ArticleRow.read(rs);
                if (row.version() != version) {
                    throw new IllegalStateException("Revision of article " + articleId + " (version " + version
                            + ") shares a row now at version " + row.version() + ".");
                }
                return row.decode(json);
            }
        }
    }

    private static ConflictMark mark(String text) {
        return text == null ? null : ConflictMark.valueOf(text.toUpperCase(Locale.ROOT));
    }
}
