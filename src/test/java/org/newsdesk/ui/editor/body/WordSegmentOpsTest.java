package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which text becomes one Text node: whole runs of English, one node per Arabic word (see WordSegmentOps). */
class WordSegmentOpsTest {

    private final WordSegmentOps ops = new WordSegmentOps();

    @Test
    void englishProseStaysOneRun() {
        assertThat(WordSegmentOps.pieces("The council met on Monday, 3 March.")).containsExactly(
                "The council met on Monday, 3 March.");
    }

    @Test
    void arabicWordsAndTheSpacesAroundThemArePiecesOfTheirOwn() {
        assertThat(WordSegmentOps.pieces("قال John Smith إن 2026 عام")).containsExactly(
                "قال", " John Smith ", "إن", " 2026 ", "عام");
    }

    @Test
    void bracketsAndQuestionMarksTheArabicFontLacksAreCutOffArabicWords() {
        assertThat(WordSegmentOps.pieces("قال (اليونسكو) إن؟ \"نعم\"; 12: !")).containsExactly(
                "قال", " (", "اليونسكو", ") ", "إن؟", " \"", "نعم", "\"; 12: !");
        assertThat(ops.joinSeg("اليونسكو", ")")).isEmpty();
        assertThat(ops.joinSeg("(", "ا")).isEmpty();
        assertThat(ops.joinSeg("إن", "؟")).contains("إن؟");
    }

    @Test
    void typingJoinsLikeTheBuilderCuts() {
        assertThat(ops.joinSeg("council", " ")).contains("council ");
        assertThat(ops.joinSeg("council ", "met")).contains("council met");
        assertThat(ops.joinSeg("قال", " ")).isEmpty();
        assertThat(ops.joinSeg(" ", "إن")).isEmpty();
        assertThat(ops.joinSeg("طنج", "ة،")).contains("طنجة،");
        assertThat(ops.joinSeg("", "إن")).contains("إن");
    }

    @Test
    void emptyTextIsOneEmptyPiece() {
        assertThat(WordSegmentOps.pieces("")).containsExactly("");
    }
}
