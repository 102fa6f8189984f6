package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk --help}, {@code newsdesk COMMAND --help} and {@code newsdesk help COMMAND} in the user's language. */
class CliHelpLanguageTest {
    private static final Map<String, String> FRENCH = Map.of("LANG", "fr_FR.UTF-8");
    private static final Map<String, String> C = Map.of("LANG", "C");

    @TempDir
    Path dir;

    private CliRunner.Result run(Map<String, String> variables, String... args) {
        return new CliRunner(dir).runWith(variables, dir, args);
    }

    @Test
    void theRootHelpIsFrenchUnderAFrenchLocale() {
        CliRunner.Result help = run(FRENCH, "--help");

        assertThat(help.code()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith("Utilisation\u00a0: newsdesk ")
                .contains("Rédiger, classer par mots-clés, rechercher et exporter des articles de presse")
                .contains("\nOptions\u00a0:\n", "\nCommandes\u00a0:\n")
                .contains("  export            Exporter des articles\u00a0; affiche les fichiers écrits.")
                .contains("  help              Afficher l'aide d'une commande.")
                .contains("-h, --help               Afficher cette aide et quitter.")
                .doesNotContain("Usage:", "Commands:", "Show this help message");
    }

    @Test
    void aCommandsHelpIsFrenchUnderAFrenchLocaleWithItsOptionsAndParameters() {
        CliRunner.Result help = run(FRENCH, "export", "--help");

        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Utilisation\u00a0: newsdesk export ")
                .contains("Exporter des articles\u00a0; affiche les fichiers écrits.")
                .contains("\nParamètres\u00a0:\n", "\nOptions\u00a0:\n")
                .contains("--all                  Exporter tous les articles.")
                .contains("--format=F             html, fragment, json, ninjs, markdown ou bundle.")
                .contains("--library=FILE         Fichier de la bibliothèque")
                .doesNotContain("Export every article", "Library file");
    }

    @Test
    void helpCommandSaysTheSameAsTheOption() {
        CliRunner.Result viaCommand = run(FRENCH, "help", "export");
        CliRunner.Result viaOption = run(FRENCH, "export", "--help");

        assertThat(viaCommand.code()).isZero();
        assertThat(viaCommand.out()).isEqualTo(viaOption.out());
        assertThat(run(FRENCH, "team", "join", "--help").out())
                .contains("Copier la bibliothèque d'équipe dans une nouvelle bibliothèque locale")
                .contains("Le fichier de la nouvelle bibliothèque locale."); // not the shared --library's words
    }

    @Test
    void theOptionOnTheLineWinsOverTheLocaleAndArabicIsArabic() {
        CliRunner.Result root = run(FRENCH, "--help", "--ui-language", "ar");
        CliRunner.Result export = run(C, "export", "--ui-language=ar", "--help");

        assertThat(root.code()).isZero();
        assertThat(root.out()).startsWith("الاستخدام: newsdesk ")
                .contains("\nالأوامر:\n")
                .contains("  export            تصدير المقالات؛ يطبع الملفات المكتوبة.")
                .doesNotContain("Utilisation", "Commandes");
        assertThat(export.out()).contains("\nالمعاملات:\n", "\nالخيارات:\n")
                .contains("--all                  تصدير كل المقالات.");
        assertThat(run(Map.of("LANG", "fr_FR.UTF-8", "LC_ALL", "ar_EG.UTF-8"), "--help").out())
                .startsWith("الاستخدام:");
    }

    @Test
    void theCLocaleGivesEnglishEvenOnAMachineWhoseJavaLocaleIsFrench() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE); // a ResourceBundle would fall back to French before the English base
        try {
            CliRunner.Result help = run(C, "export", "--help");

            assertThat(help.code()).isZero();
            assertThat(help.out()).startsWith("Usage: newsdesk export ")
                    .contains("Export articles; prints the files written.")
                    .contains("\nParameters:\n", "\nOptions:\n")
                    .contains("--all                  Export every article.")
                    .doesNotContain("Exporter");
            assertThat(run(Map.of(), "--help", "--ui-language", "en").out()).contains("\nCommands:\n")
                    .doesNotContain("Commandes");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void withoutACommandTheLineIsStillAUsageErrorPointingToHelp() {
        CliRunner.Result none = run(FRENCH);

        assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("Essayez «\u00a0newsdesk --help\u00a0».");
    }
}
