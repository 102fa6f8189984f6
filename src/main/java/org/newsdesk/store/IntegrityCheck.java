package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.NewsdeskException;

/** Reads the whole library and lists every problem found; changes nothing. */
public final class IntegrityCheck {
    private final JsonCodec json;

    public IntegrityCheck(JsonCodec json) {
        this.json = json;
    }

    /** An empty list when the library is sound. */
    public List<Message> run(Connection c) throws SQLException {
        List<Message> problems = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (!"ok".equals(line)) {
                        problems.add(Message.literal("SQLite: " + line)); // SQLite's own words
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add(Message.of("error.check.brokenReference", rs.getString(1), rs.getLong(2)));
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1)");
        } catch (SQLException e) {
            problems.add(Message.of("error.check.searchIndex", String.valueOf(e.getMessage())));
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, body FROM article");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    json.readDocument(Packed.unpack(rs.getBytes(2)));
                } catch (NewsdeskException e) {
                    problems.add(Message.of("error.check.unreadableBody", rs.getString(1), e.sentence()));
                } catch (IllegalStateException e) {
                    problems.add(Message.of("error.check.unreadableBody", rs.getString(1),
                            Message.literal(String.valueOf(e.getMessage()))));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT r.article_id, r.number, r.version, a.version FROM revision r"
                + " JOIN article a ON a.id = r.article_id WHERE r.snapshot IS NULL AND r.version <> a.version");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                problems.add(Message.of("error.check.revisionLostText", rs.getInt(2), rs.getString(1), rs.getLong(3),
                        rs.getLong(4)));
            }
        }
        return problems;
    }
}
