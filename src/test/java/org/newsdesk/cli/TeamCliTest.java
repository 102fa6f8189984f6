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
        assertThat(init.out()).contains("Team library ready at").contains("server schema "
                + org.newsdesk.store.team.ServerSchema.latestVersion());

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

    @Test
    void picturesOnDemandAreFetchedForAnExportAndAllAtOnceBeforeATrip() throws Exception {
        run(Map.of(), "team", "init", server);
        String suffix = db.database().substring(db.database().lastIndexOf('_'));
        String lina = "lina" + suffix;
        String nour = "nour" + suffix;
        Map<String, String> linaEnv = Map.of("PGPASSWORD", run(Map.of(), "team", "add-user", lina, "--role",
                "press-officer", "--server", server).out().lines().toList().get(1));
        Map<String, String> nourEnv = Map.of("PGPASSWORD", run(Map.of(), "team", "add-user", nour, "--role",
                "editor", "--server", server).out().lines().toList().get(1));
        Path linaLib = dir.resolve("lina.newsdesk");
        run(linaEnv, "team", "join", db.admin().withUser(lina).toString(), "--library", linaLib.toString());
        String id;
        try (var library = org.newsdesk.service.Library.open(linaLib, java.time.Clock.systemUTC(), null)) {
            var photo = library.images().add(org.newsdesk.testing.TestImages.jpeg(800, 600), "pump.jpg");
            id = library.articles().create(org.newsdesk.model.Article.draft("Pumps for Tanger",
                    org.newsdesk.model.Language.ENGLISH, java.time.Instant.EPOCH).withBody(org.newsdesk.model.Document.of(
                    org.newsdesk.model.Block.image(new org.newsdesk.model.ImageRef(photo.sha256(), "A solar pump", "UN",
                            "A blue pump", null))))).id().toString();
        }
        assertThat(run(linaEnv, "sync", "--library", linaLib.toString()).code()).isZero();

        Path lib = dir.resolve("nour.newsdesk");
        Result joined = run(nourEnv, "team", "join", db.admin().withUser(nour).toString(), "--library", lib.toString(),
                "--pictures", "on-demand");
        assertThat(joined.code()).as(joined.err()).isZero();
        assertThat(joined.out()).contains("Pictures come when first needed (1 on the server");
        assertThat(run(nourEnv, "config", "team.pictures", "--library", lib.toString()).out().strip())
                .isEqualTo("team.pictures = on-demand");
        assertThat(run(nourEnv, "team", "join", db.admin().withUser(nour).toString(), "--library",
                dir.resolve("other.newsdesk").toString(), "--pictures", "some").code()).isEqualTo(2);

        String address = "':" + TestPostgres.shared().port() + "/'";
        setAddress(lib, address, "':1/'"); // on the train
        Path out = dir.resolve("html");
        Result offline = run(nourEnv, "export", id, "--format", "html", "--out", out.toString(), "--library",
                lib.toString());
        assertThat(offline.code()).isEqualTo(2);
        assertThat(offline.err().strip()).isEqualTo("The picture “A solar pump” in “Pumps for Tanger” is still on the"
                + " team server, which cannot be reached; nothing was exported. Export again when you are online.");
        assertThat(out).doesNotExist();

        setAddress(lib, "':1/'", address); // back in the office
        Result all = run(nourEnv, "sync", "--pictures", "--library", lib.toString());
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.out()).contains("fetched 1 picture(s); 0 still on the server");
        setAddress(lib, address, "':1/'");
        Result exported = run(nourEnv, "export", id, "--format", "html", "--out", out.toString(), "--library",
                lib.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(out.resolve("pumps-for-tanger.html")).exists();
    }

    private static void setAddress(Path lib, String from, String to) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + lib); var st = c.createStatement()) {
            st.executeUpdate("UPDATE setting SET value = replace(value, " + from + ", " + to + ")"
                    + " WHERE key = 'team.address'");
        }
    }
}
