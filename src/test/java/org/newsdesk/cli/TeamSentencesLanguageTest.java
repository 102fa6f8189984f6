package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testing.TestPostgres;

/** The team library's sentences (the server's refusals, the team refusal of --as) in English, French and Arabic. */
class TeamSentencesLanguageTest {
    private static final String NBSP = "\u00a0";

    @TempDir
    Path dir;
    TestPostgres.Team db;
    String server;

    @BeforeEach
    void database() {
        db = TestPostgres.shared().emptyDatabase();
        server = db.admin().toString();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private CliRunner.Result run(Map<String, String> env, String language, String... args) {
        return new CliRunner(dir).runWith(env, dir.resolve("home"), CliRunner.append(args, "--ui-language", language));
    }

    @Test
    void theServersRefusalsAndTheTeamRefusalOfAsAreSaidInEachLanguage() {
        assertThat(run(Map.of(), "en", "team", "init", server).code()).isZero();
        String suffix = db.database().substring(db.database().lastIndexOf('_'));
        String sara = "sara" + suffix;
        CliRunner.Result added = run(Map.of(), "en", "team", "add-user", sara, "--role", "press-officer",
                "--server", server);
        assertThat(added.code()).as(added.err()).isZero();
        String saraPassword = added.out().lines().toList().get(1);

        // store.team: a login that exists already
        String[] again = {"team", "add-user", sara, "--role", "editor", "--server", server};
        CliRunner.Result twiceEn = run(Map.of(), "en", again);
        CliRunner.Result twiceFr = run(Map.of(), "fr", again);
        CliRunner.Result twiceAr = run(Map.of(), "ar", again);
        assertThat(twiceEn.err().strip()).isEqualTo("There is already a login named \"" + sara + "\" on this server.");
        assertThat(twiceFr.err().strip()).isEqualTo("Il existe déjà un identifiant «" + NBSP + sara + NBSP
                + "» sur ce serveur.");
        assertThat(twiceAr.err().strip()).isEqualTo("يوجد على هذا الخادم اسم دخول «" + sara + "» من قبل.");
        assertThat(twiceFr.code()).isEqualTo(twiceEn.code()).isEqualTo(twiceAr.code()).isEqualTo(ExitCodes.CONFLICT);

        // store.team: the server refuses a wrong password (SQLSTATE 28P01), its address as an argument
        String saraUrl = db.admin().withUser(sara).toString();
        Map<String, String> wrong = Map.of("PGPASSWORD", "not-her-password");
        String where = db.admin().where();
        CliRunner.Result refusedFr = run(wrong, "fr", "team", "join", saraUrl, "--library",
                dir.resolve("fr.newsdesk").toString());
        CliRunner.Result refusedAr = run(wrong, "ar", "team", "join", saraUrl, "--library",
                dir.resolve("ar.newsdesk").toString());
        assertThat(refusedFr.err().strip()).isEqualTo("Le serveur " + where + " a refusé l’identifiant «" + NBSP
                + sara + NBSP + "» (mot de passe erroné ou utilisateur inexistant).");
        assertThat(refusedAr.err().strip()).isEqualTo("رفض الخادم في " + where + " اسم الدخول «" + sara
                + "» (كلمة مرور خاطئة أو مستخدم غير موجود).");

        // cli: --as on a team library
        Map<String, String> saraEnv = Map.of("PGPASSWORD", saraPassword);
        Path saraLib = dir.resolve("sara.newsdesk");
        CliRunner.Result joined = run(saraEnv, "en", "team", "join", saraUrl, "--library", saraLib.toString());
        assertThat(joined.code()).as(joined.err()).isZero();
        String[] forged = {"list", "--as", "omar", "--role", "editor", "--library", saraLib.toString()};
        CliRunner.Result forgedEn = run(saraEnv, "en", forged);
        CliRunner.Result forgedFr = run(saraEnv, "fr", forged);
        CliRunner.Result forgedAr = run(saraEnv, "ar", forged);
        assertThat(forgedEn.err().strip()).isEqualTo("This is a team library: you act as " + sara + ", with the role"
                + " the server gives that login; leave out --as and --role.");
        assertThat(forgedFr.err().strip()).startsWith("C’est une bibliothèque d’équipe" + NBSP + ": vous agissez en"
                + " tant que " + sara + ",");
        assertThat(forgedAr.err().strip()).startsWith("هذه مكتبة فريق: أنت تعمل بصفتك " + sara + "،");
    }
}
