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
        try (PreparedStatement ps = c.prepareStatement("SELECT id, body_json FROM article");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    json.readDocument(rs.getString(2));
                } catch (NewsdeskException e) {
                    problems.add("Article " + rs.getString(1) + " has an unreadable body: " + e.getMessage());
                }
            }
        }
        return problems;
    }
}
