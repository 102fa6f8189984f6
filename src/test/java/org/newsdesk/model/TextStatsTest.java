package org.newsdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextStatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Plain ASCII, with punctuation!", "Réunion à Tánger — «déjà»", "e\u0301 combining",
            "\u0627\u0644\u0645\u0627\u0621 Arabic", "emoji \uD83D\uDC69\u200D\uD83D\uDCBB family", "line\r\nbreak",
            "tab\there", "soft\u00ADhyphen", "C1\u0085control", "\u02B0 modifier letter"})
    void countsGraphemeClustersLikeABreakIterator(String text) {
        assertThat(TextStats.characters(text)).isEqualTo(clusters(text));
    }

    @Test
    void emptyAndNullHaveNoCharacters() {
        assertThat(TextStats.characters("")).isZero();
        assertThat(TextStats.characters(null)).isZero();
    }

    private static int clusters(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
