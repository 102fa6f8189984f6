package org.newsdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which language the window speaks before anyone chooses: the same as the command line in the same terminal. */
class UiLanguageTest {

    @Test
    void aFrenchLangWinsOverAJvmThatFellBackToEnglish() {
        // Debian without the fr_FR locale generated: LANG says French, the JVM's locale says English
        assertThat(UiLanguage.forSystem(Map.of("LANG", "fr_FR.UTF-8"), Locale.ENGLISH)).isEqualTo(UiLanguage.FRENCH);
    }

    @Test
    void lcAllThenLcMessagesThenLangDecide() {
        assertThat(UiLanguage.forSystem(Map.of("LC_ALL", "ar_EG.UTF-8", "LC_MESSAGES", "fr_FR.UTF-8",
                "LANG", "en_GB.UTF-8"), Locale.ENGLISH)).isEqualTo(UiLanguage.ARABIC);
        assertThat(UiLanguage.forSystem(Map.of("LC_MESSAGES", "fr_SN.UTF-8", "LANG", "en_GB.UTF-8"), Locale.ENGLISH))
                .isEqualTo(UiLanguage.FRENCH);
    }

    @Test
    void withoutTheVariablesTheJvmLocaleDecidesAsOnWindowsAndMacOs() {
        assertThat(UiLanguage.forSystem(Map.of(), Locale.FRANCE)).isEqualTo(UiLanguage.FRENCH);
        assertThat(UiLanguage.forSystem(Map.of(), Locale.forLanguageTag("ar-MA"))).isEqualTo(UiLanguage.ARABIC);
        assertThat(UiLanguage.forSystem(Map.of("LANG", "C"), Locale.FRANCE)).isEqualTo(UiLanguage.FRENCH);
    }

    @Test
    void aLanguageNewsdeskDoesNotSpeakMeansEnglish() {
        assertThat(UiLanguage.forSystem(Map.of("LANG", "de_DE.UTF-8"), Locale.GERMANY)).isEqualTo(UiLanguage.ENGLISH);
        assertThat(UiLanguage.forSystem(Map.of(), Locale.JAPAN)).isEqualTo(UiLanguage.ENGLISH);
    }
}
