package org.newsdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spelling in every language of the built jar. The tests on the class path see each LanguageTool module on its
 * own; the jar merges them, and once knew only the last module's language (French spelling failed with "'fr' is
 * not a language code known to LanguageTool").
 */
class JarSpellingIT {
    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource({
            "en, The programme is a grate sucess, sucess",
            "fr, Le programme est une réussitte, réussitte",
            "ar, افتتح المدير العام المعرض الثقافيي, الثقافيي"})
    void theJarChecksSpellingInEachLanguage(String lang, String headline, String misspelt) throws Exception {
        RealApp.Result created = RealApp.run(home, "new", "--lang", lang, "--headline", headline);
        assertThat(created.exitCode()).as(created.output()).isZero();
        String id = created.output().lines().reduce((a, b) -> b).orElseThrow().trim();

        RealApp.Result spelling = RealApp.run(home, "spell", id);

        assertThat(spelling.exitCode()).as(spelling.output()).isZero();
        assertThat(spelling.output()).contains(misspelt).doesNotContain("not a language code known");
    }
}
