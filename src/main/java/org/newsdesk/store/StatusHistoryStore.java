package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.StatusChange;

/**
 * The audit trail of workflow steps: who moved an article from which state to which, and why. Listed in the
 * order recorded (clocks of different machines may disagree; the order of events in one library does not).
 */
public final class StatusHistoryStore {

    public void record(Connection c, UUID articleId, StatusChange change) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO status_change (article_id, from_status, to_status,"
                + " author, at, note, revision) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, articleId.toString());
            ps.setString(2, change.from() == null ? null : change.from().label());
            ps.setString(3, change.to().label());
            ps.setString(4, change.author());
            ps.setString(5, Times.format(change.at()));
            ps.setString(6, change.note());
            ps.setInt(7, change.revision());
            ps.executeUpdate();
        }
    }

    public List<StatusChange> list(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT from_status, to_status, author, at, note, revision"
                + " FROM status_change WHERE article_id = ? ORDER BY id")) {
            ps.setString(1, articleId.toString());
            List<StatusChange> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(1);
                    out.add(new StatusChange(from == null ? null : ArticleStatus.parse(from),
                            ArticleStatus.parse(rs.getString(2)), rs.getString(3), Times.parse(rs.getString(4)),
                            rs.getString(5), rs.getInt(6)));
                }
            }
            return out;
        }
    }

    /**
     * Replaces the article's trail with {@code steps} in the given order: how steps merged in from a review
     * package take their place among the local ones.
     */
    public void replaceAll(Connection c, UUID articleId, List<StatusChange> steps) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM status_change WHERE article_id = ?")) {
            ps.setString(1, articleId.toString());
            ps.executeUpdate();
        }
        for (StatusChange step : steps) {
            record(c, articleId, step);
        }
    }

    /** Who wrote the article: the person whose step created it (the first in its history). */
    public Optional<String> writer(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT author FROM status_change WHERE article_id = ?"
                + " ORDER BY id LIMIT 1")) {
            ps.setString(1, articleId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
