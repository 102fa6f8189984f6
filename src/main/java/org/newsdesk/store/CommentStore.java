package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.Comment;

/**
 * Review comments, kept beside the article and never inside it. A comment's number is its place among its
 * article's comments in the order this library received them, so it stays the same once shown.
 */
public final class CommentStore {
    private static final String SELECT = "SELECT c.uuid, row_number() OVER (PARTITION BY c.article_id ORDER BY c.id),"
            + " c.article_id, p.uuid, c.author, c.created_at, c.body, c.anchor_start, c.anchor_end, c.quote,"
            + " c.resolved, c.state_changed_by, c.state_changed_at"
            + " FROM comment c LEFT JOIN comment p ON p.id = c.parent_id";

    /** Stores a comment (a reply's parent must be stored already) and returns it with its number. */
    public Comment insert(Connection c, Comment comment) throws SQLException {
        Long parentRow = null;
        if (comment.parent() != null) {
            parentRow = rowId(c, comment.parent()).orElseThrow(() -> new IllegalArgumentException(
                    "The comment being replied to is not in this library."));
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO comment (uuid, article_id, parent_id, author,"
                + " created_at, body, anchor_start, anchor_end, quote, resolved, state_changed_by, state_changed_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, comment.id().toString());
            ps.setString(2, comment.articleId().toString());
            if (parentRow == null) {
                ps.setNull(3, Types.INTEGER);
            } else {
                ps.setLong(3, parentRow);
            }
            ps.setString(4, comment.author());
            ps.setString(5, Times.format(comment.createdAt()));
            ps.setString(6, comment.text());
            ps.setInt(7, comment.anchor().start());
            ps.setInt(8, comment.anchor().end());
            ps.setString(9, comment.quote());
            ps.setBoolean(10, comment.resolved());
            ps.setString(11, comment.stateChangedBy());
            ps.setString(12, comment.stateChangedAt() == null ? null : Times.format(comment.stateChangedAt()));
            ps.executeUpdate();
        }
        return find(c, comment.id()).orElseThrow();
    }

    /** Every comment of the article, in the order received (so a reply always follows its parent). */
    public List<Comment> list(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE c.article_id = ? ORDER BY c.id")) {
            ps.setString(1, articleId.toString());
            return readAll(ps);
        }
    }

    public Optional<Comment> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM comment WHERE uuid = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                UUID articleId = UUID.fromString(rs.getString(1));
                return list(c, articleId).stream().filter(x -> x.id().equals(id)).findFirst();
            }
        }
    }

    public Optional<Comment> findByNumber(Connection c, UUID articleId, int number) throws SQLException {
        return list(c, articleId).stream().filter(x -> x.number() == number).findFirst();
    }

    public void updateAnchor(Connection c, UUID id, Anchor anchor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE comment SET anchor_start = ?, anchor_end = ? WHERE uuid = ?")) {
            ps.setInt(1, anchor.start());
            ps.setInt(2, anchor.end());
            ps.setString(3, id.toString());
            ps.executeUpdate();
        }
    }

    /** Stores the resolved flag with who set it and when. */
    public void updateState(Connection c, Comment comment) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE comment SET resolved = ?, state_changed_by = ?,"
                + " state_changed_at = ? WHERE uuid = ?")) {
            ps.setBoolean(1, comment.resolved());
            ps.setString(2, comment.stateChangedBy());
            ps.setString(3, comment.stateChangedAt() == null ? null : Times.format(comment.stateChangedAt()));
            ps.setString(4, comment.id().toString());
            ps.executeUpdate();
        }
    }

    /** Threads not yet resolved (replies do not count on their own). */
    public int unresolvedCount(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM comment WHERE article_id = ?"
                + " AND parent_id IS NULL AND resolved = 0")) {
            ps.setString(1, articleId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    private static Optional<Long> rowId(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM comment WHERE uuid = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static List<Comment> readAll(PreparedStatement ps) throws SQLException {
        List<Comment> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String parent = rs.getString(4);
                int start = rs.getInt(8);
                int end = rs.getInt(9);
                String changedAt = rs.getString(13);
                out.add(new Comment(UUID.fromString(rs.getString(1)), rs.getInt(2), UUID.fromString(rs.getString(3)),
                        parent == null ? null : UUID.fromString(parent), rs.getString(5), Times.parse(rs.getString(6)),
                        rs.getString(7), start < 0 ? Anchor.GENERAL : new Anchor(start, end), rs.getString(10),
                        rs.getBoolean(11), rs.getString(12), changedAt == null ? null : Times.parse(changedAt)));
            }
        }
        return out;
    }
}
