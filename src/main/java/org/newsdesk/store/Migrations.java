package org.newsdesk.store;

import org.newsdesk.model.MigrationProgress;
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

    /** One step from schema n-1 to n. */
    @FunctionalInterface
    interface Step {
        void apply(Connection connection, MigrationProgress progress) throws SQLException;
    }

    /**
     * The steps in order: most are SQL scripts; a step that must convert data in Java (re-folding text for the
     * index, packing bodies) is a class of its own.
     */
    private static final List<Step> STEPS = List.of(
            script("V1__library.sql"),
            script("V2__review.sql"),
            script("V3__sync.sql"),
            script("V4__translations.sql"),
            script("V5__spelling_names.sql"),
            new SearchAndStorageMigration(),
            script("V7__synced_trash.sql"));

    private Migrations() {
    }

    public static int latestVersion() {
        return STEPS.size();
    }

    /** The format a step of this kind brings a library to (tests name a step by its class, not by its number). */
    static int versionOf(Class<? extends Step> kind) {
        for (int i = 0; i < STEPS.size(); i++) {
            if (kind.isInstance(STEPS.get(i))) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("No migration step " + kind.getSimpleName());
    }

    /** Brings the schema from its current version up to {@code target}, each step in its own transaction. */
    public static void migrate(Connection connection, int target) throws SQLException {
        migrate(connection, target, MigrationProgress.NONE);
    }

    /**
     * Brings the schema up to {@code target}, each step in its own transaction (a step that fails leaves the library
     * as the step before left it). Foreign keys are off while a step runs, so a step can rebuild a table the
     * SQLite way (create, copy, drop, rename); every reference is checked before the step commits.
     */
    public static void migrate(Connection connection, int target, MigrationProgress progress) throws SQLException {
        int current = userVersion(connection);
        boolean foreignKeys = pragmaOn(connection, "foreign_keys");
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
            for (int version = current + 1; version <= target; version++) {
                st.execute("BEGIN IMMEDIATE");
                try {
                    STEPS.get(version - 1).apply(connection, progress);
                    try (var rs = st.executeQuery("PRAGMA foreign_key_check")) {
                        if (rs.next()) {
                            throw new SQLException("Upgrade to library format " + version + " broke a reference in table "
                                    + rs.getString(1) + ".");
                        }
                    }
                    st.execute("PRAGMA application_id = " + APPLICATION_ID);
                    st.execute("PRAGMA user_version = " + version);
                    st.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    st.execute("ROLLBACK");
                    throw e;
                }
            }
        } finally {
            if (foreignKeys) {
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA foreign_keys = ON");
                }
            }
        }
    }

    private static boolean pragmaOn(Connection connection, String pragma) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() && rs.getInt(1) != 0;
        }
    }

    private static Step script(String name) {
        return (connection, progress) -> {
            try (Statement st = connection.createStatement()) {
                for (String statement : SqlScript.split(load(name))) {
                    st.execute(statement);
                }
            }
        };
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
