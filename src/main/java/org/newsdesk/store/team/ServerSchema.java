package org.newsdesk.store.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.TeamAddress;

/**
 * The server side's schema, versioned like the library's: {@code newsdesk.meta.schema_version}, ordered scripts,
 * each run in the owner's transaction. A client refuses a server whose schema is newer than it understands.
 */
public final class ServerSchema {
    private static final List<String> SCRIPTS = List.of("S1__team.sql");
    public static final String PRESS_OFFICERS = "newsdesk_press_officer";
    public static final String EDITORS = "newsdesk_editor";

    public static int latestVersion() {
        return SCRIPTS.size();
    }

    /** The schema version of the database, 0 when Newsdesk never set it up. */
    public int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT to_regclass('newsdesk.meta') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT value FROM newsdesk.meta WHERE key = 'schema_version'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
        }
    }

    /** Refuses a database that is not a team library, or whose schema is older or newer than this Newsdesk's. */
    public void checkCompatible(Connection c, TeamAddress address) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT to_regnamespace('newsdesk') IS NOT NULL"
                + " AND NOT has_schema_privilege('newsdesk', 'USAGE')")) {
            rs.next();
            if (rs.getBoolean(1)) {
                throw new ConflictException(Message.of("error.team.notAMember", address.user(), address.where()));
            }
        }
        int version = version(c);
        if (version == 0) {
            throw new BadInputException(Message.of("error.team.notATeamDatabase", address.where()));
        }
        if (version > latestVersion()) {
            throw new ConflictException(Message.of("error.team.newerSchema", address.where(), version, latestVersion()));
        }
        if (version < latestVersion()) {
            throw new ConflictException(Message.of("error.team.olderSchema", address.where(), version,
                    String.valueOf(address.withUser("OWNER"))));
        }
    }

    /**
     * Creates (or upgrades) the schema and the two groups, in the caller's transaction. Refuses a database that holds
     * tables Newsdesk did not make. Returns the version it found (0 for a new team library).
     */
    public int init(Connection c, TeamAddress address) throws SQLException {
        int found = version(c);
        if (found == 0 && foreignTables(c) > 0) {
            throw new ConflictException(Message.of("error.team.foreignTables", address.where()));
        }
        if (found > latestVersion()) {
            throw new ConflictException(Message.of("error.team.newerSchemaInit", address.where(), found, latestVersion()));
        }
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(7242837000)"); // two inits at once take turns
            for (String group : List.of(PRESS_OFFICERS, EDITORS)) {
                st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + group + "') THEN"
                        + " CREATE ROLE " + group + " NOLOGIN; END IF; END $$");
            }
            for (int v = found + 1; v <= latestVersion(); v++) {
                st.execute(load(SCRIPTS.get(v - 1)));
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO newsdesk.meta (key, value) VALUES"
                        + " ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")) {
                    ps.setString(1, Integer.toString(v));
                    ps.executeUpdate();
                }
            }
        }
        return found;
    }

    private static int foreignTables(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_class k"
                + " JOIN pg_namespace n ON n.oid = k.relnamespace WHERE k.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"
                + " AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%'"
                + " AND n.nspname NOT LIKE 'pg_toast_temp%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String load(String name) {
        try (InputStream in = ServerSchema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing server schema script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
