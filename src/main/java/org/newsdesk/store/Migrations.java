package org.newsdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Ordered schema migrations. Migration n (1-based) takes a library from schema n-1 to n; the schema
 * version lives in {@code PRAGMA user_version}. Add a script, never edit a released one.
 */
public final class Migrations {
    /** Newsdesk's SQLite application id, "NWSD": tells our files from other programs' databases. */
    public static final int APPLICATION_ID = 0x4E575344;

    private static final List<String> SCRIPTS = List.of(
            "V1__library.sql",
            "V2__review.sql",
            "V3__sync.sql",
            "V4__translations.sql",
            "V5__spelling_names.sql");

    private Migrations() {
    }

    public static int latestVersion() {
        return SCRIPTS.size();
    }

    /** Brings the schema from its current version up to {@code target}, each step in its own transaction. */
    public static void migrate(Connection connection, int target) throws SQLException {
        int current = userVersion(connection);
        for (int version = current + 1; version <= target; version++) {
            String sql = load(SCRIPTS.get(version - 1));
            try (Statement st = connection.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                try {
                    for (String statement : SqlScript.split(sql)) {
                        st.execute(statement);
                    }
                    st.execute("PRAGMA application_id = " + APPLICATION_ID);
                    st.execute("PRAGMA user_version = " + version);
                    st.execute("COMMIT");
                } catch (SQLException e) {
                    st.execute("ROLLBACK");
                    throw e;
                }
            }
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
