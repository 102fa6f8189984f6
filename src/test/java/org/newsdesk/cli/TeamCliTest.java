package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.testing.TestPostgres;

/** The team commands end to end against a real PostgreSQL server, as an administrator and two members would type them. */
class TeamCliTest {
    @TempDir
    Path dir;
    TestPostgres.Team db;
    String server;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void database() {
        db = TestPostgres.shared().emptyDatabase();
        server = db.admin().toString();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppDirectories dirs = new AppDirectories(dir.resolve("data"), dir.resolve("config"));
        int code = new NewsdeskCli(new CliEnvironment(dirs, new TestLibrary.TickingClock(java.time.Instant.parse(
                "2026-03-01T09:00:00Z")), new PrintWriter(out), new PrintWriter(err), env, dir.resolve("home")))
                .run(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void initAddUsersJoinEditSyncAndStatus() throws Exception {
        Result init = run(Map.of(), "team", "init", server);
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("Team library ready at").contains("server schema 1");

        String suffix = db.database().substring(db.database().lastIndexOf('_'));
        String sara = "sara" + suffix;
        String omar = "omar" + suffix;
        Result added = run(Map.of(), "team", "add-user", sara, "--role", "press-officer", "--server", server);
        assertThat(added.code()).as(added.err()).isZero();
        String saraPassword = added.out().lines().toList().get(1);
        assertThat(saraPassword).hasSize(20);
        Path pw = dir.resolve("omar.pw");
        Files.writeString(pw, "omar-secret-42\n");
        assertThat(run(Map.of(), "team", "add-user", omar, "--role", "editor", "--server", server,
                "--password-file", pw.toString()).out()).doesNotContain("omar-secret-42");
        assertThat(run(Map.of(), "team", "add-user", omar, "--role", "editor", "--server", server).code())
                .as("the same login twice").isEqualTo(3);

        String saraUrl = db.admin().withUser(sara).toString();
        Path saraLib = dir.resolve("sara.newsdesk");
        Result noPassword = run(Map.of(), "team", "join", saraUrl, "--library", saraLib.toString());
        assertThat(noPassword.code()).isEqualTo(2);
        assertThat(noPassword.err().strip()).contains("PGPASSWORD").doesNotContain("\n");

        Map<String, String> saraEnv = Map.of("PGPASSWORD", saraPassword);
        Result joined = run(saraEnv, "team", "join", saraUrl, "--library", saraLib.toString());
        assertThat(joined.code()).as(joined.err()).isZero();
        assertThat(joined.out()).contains("as " + sara + " (press-officer): 0 articles");

        String id = run(saraEnv, "new", "--headline", "Heritage classrooms open", "--library", saraLib.toString())
                .out().strip();
        assertThat(run(saraEnv, "team", "status", "--library", saraLib.toString()).out())
                .contains("waiting to push: 3").contains("login: " + sara + " (press-officer");
        Result synced = run(saraEnv, "sync", "--library", saraLib.toString());
        assertThat(synced.code()).as(synced.err()).isZero();
        assertThat(synced.out().strip()).isEqualTo("pushed 3, pulled 0, conflicts 0");

        // --as/--role do not apply: the server says who acts
        Result forged = run(saraEnv, "status", id, "approve", "--as", omar, "--role", "editor",
                "--library", saraLib.toString());
        assertThat(forged.code()).isEqualTo(2);
        assertThat(forged.err()).contains("team library");

        // Omar's password comes from his ~/.pgpass, as for psql
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        Files.writeString(home.resolve(".pgpass"), "localhost:*:" + db.database() + ":" + omar + ":omar-secret-42\n");
        Path omarLib = dir.resolve("omar.newsdesk");
        Result omarJoin = run(Map.of(), "team", "join", db.admin().withUser(omar).toString(), "--library",
                omarLib.toString());
        assertThat(omarJoin.code()).as(omarJoin.err()).isZero();
        assertThat(run(Map.of(), "show", id, "--library", omarLib.toString()).out()).contains("Heritage classrooms open");
        Result status = run(Map.of(), "team", "status", "--library", omarLib.toString());
        assertThat(status.out()).contains("server: reachable").contains(sara + " (press-officer)")
                .contains(omar + " (editor)");
    }

    @Test
    void syncSaysInOneSentenceWhenTheServerCannotBeReached() throws Exception {
        run(Map.of(), "team", "init", server);
        String suffix = db.database().substring(db.database().lastIndexOf('_'));
        String lina = "lina" + suffix;
        String password = run(Map.of(), "team", "add-user", lina, "--role", "press-officer", "--server", server)
                .out().lines().toList().get(1);
        Path lib = dir.resolve("lina.newsdesk");
        Map<String, String> env = new HashMap<>(Map.of("PGPASSWORD", password));
        assertThat(run(env, "team", "join", db.admin().withUser(lina).toString(), "--library", lib.toString()).code())
                .isZero();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + lib); var st = c.createStatement()) {
            // the laptop left the office network: the server's address no longer answers
            st.executeUpdate("UPDATE setting SET value = replace(value, ':" + TestPostgres.shared().port() + "/', ':1/')"
                    + " WHERE key = 'team.address'");
        }
        Result offline = run(env, "sync", "--library", lib.toString());
        assertThat(offline.code()).isEqualTo(2);
        assertThat(offline.err().strip()).startsWith("The team library at localhost:1/").contains("cannot be reached")
                .doesNotContain("\n");
    }
}
