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
}
