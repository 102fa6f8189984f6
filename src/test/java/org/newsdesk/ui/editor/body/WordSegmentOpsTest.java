package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which text becomes one Text node: whole runs of English, one node per Arabic word and its spaces (see WordSegmentOps). */
class WordSegmentOpsTest {

    private final WordSegmentOps ops = new WordSegmentOps();

    @Test
    void englishProseStaysOneRun() {
        assertThat(WordSegmentOps.pieces("The council met on Monday, 3 March.")).containsExactly(
                "The council met on Monday, 3 March.");
    }

    @Test
    void eachArabicWordWithTheSpacesAfterItIsAPieceOfItsOwn() {
        assertThat(WordSegmentOps.pieces("قال John Smith إن  2026 عام")).containsExactly(
                "قال ", "John Smith ", "إن  ", "2026 ", "عام");
        assertThat(WordSegmentOps.pieces(" قال")).containsExactly(" ", "قال");
    }

    @Test
    void noPieceWithArabicHasASpaceFollowedByText() {
        String text = "قال John Smith إن (اليونسكو) وقعت، في 2026 عام \"نعم\" the end";
        for (String piece : WordSegmentOps.pieces(text)) {
            if (WordSegmentOps.hasRightToLeft(piece)) {
                assertThat(piece.strip()).as(piece).doesNotContain(" ");
            }
        }
        assertThat(String.join("", WordSegmentOps.pieces(text))).isEqualTo(text);
    }

    @Test
    void bracketsAndQuestionMarksTheArabicFontLacksAreCutOffArabicWords() {
        assertThat(WordSegmentOps.pieces("قال (اليونسكو) إن؟ \"نعم\"; 12: !")).containsExactly(
                "قال ", "(", "اليونسكو", ") ", "إن؟ ", "\"", "نعم", "\"; 12: !");
        assertThat(ops.joinSeg("اليونسكو", ")")).isEmpty();
        assertThat(ops.joinSeg("(", "ا")).isEmpty();
        assertThat(ops.joinSeg("إن", "؟")).contains("إن؟");
    }

    @Test
    void typingJoinsLikeTheBuilderCuts() {
        assertThat(ops.joinSeg("council", " ")).contains("council ");
        assertThat(ops.joinSeg("council ", "met")).contains("council met");
        assertThat(ops.joinSeg("قال", " ")).contains("قال ");
        assertThat(ops.joinSeg("قال ", "إن")).isEmpty();
        assertThat(ops.joinSeg(" ", "إن")).isEmpty();
        assertThat(ops.joinSeg("John ", "إن")).isEmpty();
        assertThat(ops.joinSeg("قال ", " ")).contains("قال  ");
        assertThat(ops.joinSeg("طنج", "ة،")).contains("طنجة،");
        assertThat(ops.joinSeg("", "إن")).contains("إن");
    }

    @Test
    void emptyTextIsOneEmptyPiece() {
        assertThat(WordSegmentOps.pieces("")).containsExactly("");
    }
}
