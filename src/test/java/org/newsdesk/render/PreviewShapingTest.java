package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The preview's Arabic: letters joined by presentation forms, vowel marks and shadda left as combining marks. */
class PreviewShapingTest {

    @Test
    void lettersAreJoinedAndTheShaddaStaysOnItsLetter() {
        String page = PreviewShaping.shapeArabic("<p lang=\"ar\">حدّاد</p>");
        // ح initial, د final, the combining shadda, ا isolated, د isolated
        assertThat(page).contains("\uFEA3\uFEAA\u0651\uFE8D\uFEA9");
        assertThat(page.chars().filter(c -> c >= 0xFE70 && c <= 0xFE7F)).as("spacing mark forms").isEmpty();
    }

    @Test
    void everyVowelMarkComesBackAsItself() {
        String marks = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652";
        for (char mark : marks.toCharArray()) {
            String page = PreviewShaping.shapeArabic("<p>ب" + mark + "ب</p>");
            assertThat(page).as("U+%04X", (int) mark).contains(String.valueOf(mark));
        }
    }

    @Test
    void pagesWithoutArabicAreUnchanged() {
        String html = "<p>Heritage classrooms</p>";
        assertThat(PreviewShaping.shapeArabic(html)).isSameAs(html);
    }
}
