package org.newsdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

    @Test
    void adjacentRunsWithTheSameStyleMergeAndEmptyRunsDisappear() {
        Block b = Block.paragraph(TextRun.plain("Hello "), TextRun.plain(""), TextRun.plain("world"),
                TextRun.of("!", Mark.BOLD));
        assertThat(b.runs()).containsExactly(TextRun.plain("Hello world"), TextRun.of("!", Mark.BOLD));
    }

    @Test
    void headingLevelsOutsideTwoToFourAreRefused() {
        assertThatThrownBy(() -> Block.heading(1, "x")).hasMessageContaining("2 to 4");
        assertThatThrownBy(() -> Block.heading(5, "x")).hasMessageContaining("2 to 4");
    }

    @Test
    void plainTextSplitsParagraphsOnBlankLines() {
        Document d = Document.ofPlainText("First line\ncontinues.\n\n\nSecond paragraph.\n");
        assertThat(d.blocks()).extracting(Block::text).containsExactly("First line continues.", "Second paragraph.");
    }

    @Test
    void autoDirectionFollowsTheFirstStrongCharacter() {
        assertThat(Block.paragraph("2026: إطلاق المشروع").resolvedDirection()).isEqualTo(Direction.RTL);
        assertThat(Block.paragraph("« Tánger » مدينة").resolvedDirection()).isEqualTo(Direction.LTR);
        assertThat(Block.paragraph("123 !").resolvedDirection()).isEqualTo(Direction.LTR);
        assertThat(Block.paragraph("مرحبا").withDirection(Direction.LTR).resolvedDirection()).isEqualTo(Direction.LTR);
    }

    @Test
    void wordsCountedInEveryScript() {
        assertThat(TextStats.words("The minister's speech — in Tánger, 2026.")).isEqualTo(6);
        assertThat(TextStats.words("أعلن المجلس الدولي اليوم")).isEqualTo(4);
        assertThat(TextStats.readingMinutes(0)).isZero();
        assertThat(TextStats.readingMinutes(231)).isEqualTo(2);
    }

    @Test
    void tagsAreTrimmedDeduplicatedIgnoringCaseAndSorted() {
        assertThat(Article.normaliseTags(List.of(" Education", "culture", "EDUCATION", "", "Arts  fair")))
                .containsExactly("Arts fair", "culture", "Education");
    }
}
