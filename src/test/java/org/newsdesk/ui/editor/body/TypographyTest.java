package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.model.Language;

/** The typing rules on their own: text before the caret + typed character → edit. */
class TypographyTest {

    private static final Language EN = Language.of("en");
    private static final Language FR = Language.of("fr");
    private static final Language AR = Language.of("ar");

    /** Applies the rules to each character of {@code typed} in turn, as typing would. */
    static String type(String typed, Language language, TypingSettings settings) {
        StringBuilder text = new StringBuilder();
        for (char c : typed.toCharArray()) {
            Typography.Edit edit = Typography.typed(text.toString(), String.valueOf(c), language, settings);
            text.setLength(text.length() - edit.deleteBefore());
            text.append(edit.insert());
        }
        return text.toString();
    }

    @Test
    void englishQuotesAndApostrophes() {
        assertThat(type("He said \"it's 'fine'\" (\"ok\")", EN, TypingSettings.ALL_ON))
                .isEqualTo("He said “it’s ‘fine’” (“ok”)");
    }

    @Test
    void frenchGuillemetsWithNoBreakSpacesAndSpacingBeforePunctuation() {
        assertThat(type("Il a dit \"oui\" : vraiment ? Oui!", FR, TypingSettings.ALL_ON))
                .isEqualTo("Il a dit «\u00A0oui\u00A0»\u00A0: vraiment\u202F? Oui\u202F!");
        assertThat(type("l'été", FR, TypingSettings.ALL_ON)).isEqualTo("l’été");
        assertThat(type("\" oui", FR, TypingSettings.ALL_ON)).isEqualTo("«\u00A0oui");
    }

    @Test
    void frenchSpacingLeavesAddressesAndTimesAlone() {
        assertThat(type("https://example.org à 10:30", FR, TypingSettings.ALL_ON)).isEqualTo("https://example.org à 10:30");
        assertThat(type("Attention!!", FR, TypingSettings.ALL_ON)).isEqualTo("Attention\u202F!!");
    }

    @Test
    void arabicGuillemets() {
        assertThat(type("قال \"نعم\"", AR, TypingSettings.ALL_ON)).isEqualTo("قال «نعم»");
    }

    @Test
    void enDashBetweenWordsOnly() {
        assertThat(type("Paris - Tanger and -5 and a-b", EN, TypingSettings.ALL_ON)).isEqualTo("Paris – Tanger and -5 and a-b");
        assertThat(type("- item", EN, TypingSettings.ALL_ON)).isEqualTo("- item");
    }

    @Test
    void eachHelperCanBeSwitchedOff() {
        TypingSettings none = TypingSettings.ALL_OFF;
        assertThat(type("\"a\" - b !", FR, none)).isEqualTo("\"a\" - b !");
        assertThat(type("\"a\"", FR, new TypingSettings(true, false, false, false))).isEqualTo("«a»");
        assertThat(type("a - b", EN, new TypingSettings(false, true, false, false))).isEqualTo("a – b");
    }
}
