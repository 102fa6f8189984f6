package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sentences that come from below the command line (the model's workflow, the store, the services, the team
 * library) and the command line's own notes on stderr, said in English, French and Arabic; the English as before.
 */
class SentencesInTheCliLanguageTest {
    private static final String NBSP = "\u00a0";

    @TempDir
    Path dir;

    private CliRunner.Result run(String language, String... args) {
        return new CliRunner(dir).runIn(language, args);
    }

    private String library() {
        return dir.resolve("lib.newsdesk").toString();
    }

    private String newArticle(String headline) {
        CliRunner.Result made = run("en", "new", "--headline", headline, "--library", library());
        assertThat(made.code()).as(made.err()).isZero();
        return made.out().strip();
    }

    @Test
    void aWorkflowRefusalOfTheModelIsSaidInEachLanguageWithTheStateInThatLanguage() {
        String id = newArticle("Rabat hosts the regional book fair");
        String[] asEditor = {"--as", "Salma", "--role", "editor", "--library", library()};

        CliRunner.Result en = run("en", cat(new String[]{"status", id, "publish"}, asEditor));
        CliRunner.Result fr = run("fr", cat(new String[]{"status", id, "publish"}, asEditor));
        CliRunner.Result ar = run("ar", cat(new String[]{"status", id, "publish"}, asEditor));
        CliRunner.Result roleFr = run("fr", "status", id, "approve", "--library", library());
        CliRunner.Result roleAr = run("ar", "status", id, "approve", "--library", library());

        assertThat(en.err().strip())
                .isEqualTo("Only an approved article can be published, and this article is a draft.");
        assertThat(fr.err().strip())
                .isEqualTo("Seul un article approuvé peut être publié, et cet article est un brouillon.");
        assertThat(ar.err().strip()).isEqualTo("لا تُنشر إلا مقالة معتمدة، وهذه المقالة مسودة.");
        assertThat(roleFr.err().strip()).isEqualTo("Seul·e un·e rédacteur·rice en chef peut approuver un article.");
        assertThat(roleAr.err().strip()).isEqualTo("اعتماد مقالة من صلاحيات المحرر وحده.");
        assertThat(fr.code()).isEqualTo(en.code()).isEqualTo(ar.code()).isEqualTo(ExitCodes.CONFLICT);
    }

    @Test
    void aFileThatIsNotALibraryIsRefusedByTheStoreInEachLanguage() throws Exception {
        Path notALibrary = dir.resolve("notes.newsdesk");
        Files.writeString(notALibrary, "These are my notes, not a library. ".repeat(10));

        CliRunner.Result en = run("en", "list", "--library", notALibrary.toString());
        CliRunner.Result fr = run("fr", "list", "--library", notALibrary.toString());
        CliRunner.Result ar = run("ar", "list", "--library", notALibrary.toString());

        assertThat(en.err().strip())
                .isEqualTo(notALibrary + " is not a Newsdesk library (it is not an SQLite database).");
        assertThat(fr.err().strip()).isEqualTo(notALibrary
                + " n’est pas une bibliothèque Newsdesk (ce n’est pas une base de données SQLite).");
        assertThat(ar.err().strip()).isEqualTo(notALibrary + " ليس مكتبة Newsdesk (ليس قاعدة بيانات SQLite).");
        assertThat(fr.code()).isEqualTo(en.code()).isEqualTo(ar.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.readString(notALibrary)).startsWith("These are my notes");
    }

    @Test
    void aTranslationRefusalNamesTheLanguageInTheReadersLanguage() {
        String id = newArticle("Rabat hosts the regional book fair");

        CliRunner.Result en = run("en", "translate", id, "--to", "en", "--library", library());
        CliRunner.Result fr = run("fr", "translate", id, "--to", "en", "--library", library());
        CliRunner.Result ar = run("ar", "translate", id, "--to", "en", "--library", library());

        assertThat(en.err().strip()).isEqualTo("\"Rabat hosts the regional book fair\" is already in English;"
                + " translate it into another language. Nothing was created.");
        assertThat(fr.err().strip()).isEqualTo("«" + NBSP + "Rabat hosts the regional book fair" + NBSP
                + "» est déjà en anglais" + NBSP + "; traduisez-le dans une autre langue. Rien n’a été créé.");
        assertThat(ar.err().strip()).isEqualTo("«Rabat hosts the regional book fair» مكتوبة بالفعل باللغة"
                + " الإنجليزية؛ ترجمها إلى لغة أخرى. لم يُنشأ شيء.");
        assertThat(fr.code()).isEqualTo(en.code()).isEqualTo(ar.code()).isEqualTo(ExitCodes.CONFLICT);
    }

    @Test
    void aBackupRefusalOfTheServicesIsSaidInEachLanguage() {
        newArticle("Dakar opens its new press centre");

        CliRunner.Result en = run("en", "backup", "--out", library(), "--library", library());
        CliRunner.Result fr = run("fr", "backup", "--out", library(), "--library", library());
        CliRunner.Result ar = run("ar", "backup", "--out", library(), "--library", library());

        assertThat(en.err().strip()).isEqualTo("A backup cannot replace the library itself; choose another file.");
        assertThat(fr.err().strip()).isEqualTo("Une sauvegarde ne peut pas remplacer la bibliothèque elle-même"
                + NBSP + "; choisissez un autre fichier.");
        assertThat(ar.err().strip()).isEqualTo("لا يمكن أن تحلّ النسخة الاحتياطية محلّ المكتبة نفسها؛ اختر ملفًا آخر.");
    }

    @Test
    void syncingALibraryThatIsNotATeamLibraryIsRefusedInEachLanguage() {
        newArticle("Cairo workshop on open data");

        CliRunner.Result en = run("en", "sync", "--library", library());
        CliRunner.Result fr = run("fr", "sync", "--library", library());
        CliRunner.Result ar = run("ar", "sync", "--library", library());

        assertThat(en.err().strip()).isEqualTo("The library " + library() + " is not a team library (join one with:"
                + " newsdesk team join postgresql://NAME@HOST/DB --library FILE).");
        assertThat(fr.err().strip()).isEqualTo("La bibliothèque " + library() + " n’est pas une bibliothèque"
                + " d’équipe (rejoignez-en une avec" + NBSP + ": newsdesk team join postgresql://NAME@HOST/DB"
                + " --library FILE).");
        assertThat(ar.err().strip()).isEqualTo("المكتبة " + library() + " ليست مكتبة فريق (انضم إلى واحدة بالأمر:"
                + " newsdesk team join postgresql://NAME@HOST/DB --library FILE).");
        assertThat(fr.code()).isEqualTo(en.code()).isEqualTo(ar.code()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void anAddressWithAPasswordIsRefusedInEachLanguage() {
        String address = "postgresql://amal:secret@db.example.org/newsroom";
        String joined = dir.resolve("team.newsdesk").toString();

        CliRunner.Result en = run("en", "team", "join", address, "--library", joined);
        CliRunner.Result fr = run("fr", "team", "join", address, "--library", joined);
        CliRunner.Result ar = run("ar", "team", "join", address, "--library", joined);

        assertThat(en.err().strip()).isEqualTo("Leave the password out of the address; Newsdesk reads it from"
                + " PGPASSWORD, ~/.pgpass or the keyring, or asks for it.");
        assertThat(fr.err().strip()).startsWith("Ne mettez pas le mot de passe dans l’adresse" + NBSP + ";");
        assertThat(ar.err().strip()).startsWith("لا تضع كلمة المرور في العنوان؛");
        assertThat(Files.exists(Path.of(joined))).isFalse();
    }

    @Test
    void theCommandLinesOwnNotesOnStderrAreInTheLanguageAndStdoutStaysAsItWas() {
        CliRunner.Result en = run("en", "names", "--library", library());
        CliRunner.Result fr = run("fr", "names", "--library", library());
        CliRunner.Result ar = run("ar", "names", "--library", library());
        String id = newArticle("Embargoed statement");
        CliRunner.Result bothFr = run("fr", "edit", id, "--embargo", "2026-05-01T09:00+02:00", "--no-embargo",
                "--library", library());
        CliRunner.Result bothAr = run("ar", "edit", id, "--embargo", "2026-05-01T09:00+02:00", "--no-embargo",
                "--library", library());

        assertThat(en.err().strip()).startsWith("Say what to do: ").contains("add").contains("remove");
        assertThat(fr.err().strip()).startsWith("Indiquez quoi faire" + NBSP + ": ").contains("add");
        assertThat(ar.err().strip()).startsWith("حدّد ما تريد فعله: ").contains("add");
        assertThat(fr.code()).isEqualTo(en.code()).isEqualTo(ar.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bothFr.err().strip()).isEqualTo("Indiquez --embargo ou --no-embargo, pas les deux.");
        assertThat(bothAr.err().strip()).isEqualTo("استخدم ‎--embargo‎ أو ‎--no-embargo‎، لا كليهما.");
        assertThat(run("fr", "status", id, "submit", "--library", library()).out().strip())
                .as("stdout is for scripts: the status's label as before").isEqualTo("in-review");
    }

    private static String[] cat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
