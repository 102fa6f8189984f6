package org.newsdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.UiLanguage;

/** The matcher the bundle scan relies on: it must recognise filled-in sentences and nothing else. */
class BundlePatternsTest {
    @Test
    void aFilledInSentenceIsRecognisedWithItsPluralAndArguments() {
        BundlePatterns french = BundlePatterns.of(UiLanguage.FRENCH);
        assertThat(french.matches("3 passages périmés")).isTrue();
        assertThat(french.matches("1 passage périmé")).isTrue();
        assertThat(french.matches("Aucun article n’a l’identifiant « x42 ».")).isTrue(); // plain spaces for no-break ones
        assertThat(french.matches("Fichier")).isTrue(); // "_Fichier" without its mnemonic mark
    }

    @Test
    void englishOrMadeUpTextIsNotFrench() {
        BundlePatterns french = BundlePatterns.of(UiLanguage.FRENCH);
        assertThat(french.matches("3 outdated")).isFalse();
        assertThat(french.matches("Side by side")).isFalse();
        assertThat(french.matches("Hello there")).isFalse();
        assertThat(BundlePatterns.of(UiLanguage.ARABIC).matches("Refresh")).isFalse();
        assertThat(BundlePatterns.of(UiLanguage.ARABIC).matches("مقطعان متقادمان")).isTrue();
    }
}
