package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.NewsdeskException;

/** Reads the whole library and lists every problem found; changes nothing. */
public final class IntegrityCheck {
    private final JsonCodec json;

    public IntegrityCheck(JsonCodec json) {
        this.json = json;
    }

    /** An empty list when the library is sound. */
    public List<String> run(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (!"ok".equals(line)) {
                        problems.add("SQLite: " + line);
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add("Broken reference in table " + rs.getString(1) + " (row " + rs.getLong(2) + ").");
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1)");
        } catch (SQLException e) {
            problems.add("The search index does not match the articles (" + e.getMessage() + ").");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, body FROM article");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    json.readDocument(Packed.unpack(rs.getBytes(2)));
                } catch (NewsdeskException | IllegalStateException e) {
                    problems.add("Article " + rs.getString(1) + " has an unreadable body: " + e.getMessage());
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT r.article_id, r.number, r.version, a.version FROM revision r"
                + " JOIN article a ON a.id = r.article_id WHERE r.snapshot IS NULL AND r.version <> a.version");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                problems.add("Revision " + rs.getInt(2) + " of article " + rs.getString(1) + " (version " + rs.getLong(3)
                        + ") lost its text: the article is now at version " + rs.getLong(4) + ".");
            }
        }
        return problems;
    }
}
