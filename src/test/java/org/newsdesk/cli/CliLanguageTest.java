package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error sentences of the command line in the language asked for, or the one LANG names. */
class CliLanguageTest {
    @TempDir
    Path dir;

    private CliRunner.Result run(Map<String, String> variables, String... args) {
        return new CliRunner(dir).runWith(variables, dir, args);
    }

    private String library() {
        return dir.resolve("lib.newsdesk").toString();
    }

    @Test
    void anErrorIsSaidInTheLanguageAskedForOnTheLine() {
        CliRunner.Result english = run(Map.of(), "show", "nosuch", "--library", library());
        CliRunner.Result french = run(Map.of(), "show", "nosuch", "--library", library(), "--ui-language", "fr");
        CliRunner.Result arabic = run(Map.of(), "--ui-language=ar", "show", "nosuch", "--library", library());

        assertThat(english.err()).contains("No article with id “nosuch”.");
        assertThat(french.err()).contains("Aucun article n’a l’identifiant «\u00a0nosuch\u00a0».");
        assertThat(arabic.err()).contains("لا توجد مقالة معرِّفها «nosuch».");
        assertThat(french.code()).isEqualTo(english.code()).isEqualTo(arabic.code());
    }

    @Test
    void withoutTheOptionTheLanguageComesFromTheLocaleVariablesAsForEveryCommandLineTool() {
        CliRunner.Result french = run(Map.of("LANG", "fr_FR.UTF-8"), "show", "nosuch", "--library", library());
        CliRunner.Result overridden = run(Map.of("LANG", "fr_FR.UTF-8", "LC_ALL", "ar_EG.UTF-8"),
                "show", "nosuch", "--library", library());
        CliRunner.Result unknown = run(Map.of("LANG", "de_DE.UTF-8"), "show", "nosuch", "--library", library());

        assertThat(french.err()).contains("Aucun article");
        assertThat(overridden.err()).contains("لا توجد مقالة");
        assertThat(unknown.err()).contains("No article with id");
    }

    @Test
    void aUsageErrorPointsToHelpInTheLanguageAndAnUnknownLanguageIsRefused() {
        CliRunner.Result usage = run(Map.of(), "--ui-language", "fr", "list", "--no-such-option");
        CliRunner.Result german = run(Map.of(), "list", "--ui-language", "de");

        assertThat(usage.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(usage.err()).contains("Essayez «\u00a0newsdesk list --help\u00a0».");
        assertThat(german.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(german.err()).contains("“de” is not a language Newsdesk speaks: give en, fr or ar.");
        // picocli's own sentences are said in the language too
        assertThat(usage.err()).contains("Option ou argument inconnu\u00a0: --no-such-option.");
        assertThat(run(Map.of("LANG", "ar_MA.UTF-8"), "show").err()).contains("ناقص:");
        assertThat(run(Map.of(), "list", "--library", "a", "--library", "b", "--ui-language", "fr").err())
                .contains("--library est donné plus d’une fois.");
    }
}
