package org.newsdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Bidi;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Digits;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.model.Language;

class DetailsSummaryTest {

    @Test
    void anArabicDatelineDoesNotPullTheDateIntoItsRunInAnEnglishWindow() {
        String line = new DetailsSummary(Messages.of(UiLanguage.ENGLISH, Digits.LATIN), "عمّان", LocalDate.of(2026, 5, 20),
                "المكتب الإعلامي", Language.of("ar"), List.of("culture"), null, false).line();

        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT); // as a JavaFX label: first strong letter
        assertThat(bidi.baseIsLeftToRight()).as("an English summary reads left to right").isTrue();
        int separator = line.indexOf('·');
        int date = line.indexOf("20");
        assertThat(bidi.getLevelAt(separator) % 2).as("the separator reads left to right").isZero();
        assertThat(bidi.getLevelAt(date)).as("the date is English text, not an Arabic number").isZero();
    }

    @Test
    void anArabicWindowSeparatesWithTheArabicCommaNotADotThatReadsAsZero() {
        String line = new DetailsSummary(Messages.of(UiLanguage.ARABIC, Digits.ARABIC_INDIC), "Paris",
                LocalDate.of(2026, 3, 12), "Press Office", Language.ENGLISH, List.of("a", "b", "c"), null, false).line();

        // "· ٣ وسوم" read as "٣٠ وسوم" (30 tags): the Arabic-Indic zero is a dot too
        assertThat(line).doesNotContain("\u00B7").contains("\u060C").contains("\u0663"); // ، and ٣
    }
}
