package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleDiff;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockDiff;
import org.newsdesk.model.DiffSegment;
import org.newsdesk.model.Document;
import org.newsdesk.model.FieldChange;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mark;
import org.newsdesk.model.RevisionRef;
import org.newsdesk.model.TextRun;
import org.newsdesk.model.WorkflowAction;

class DiffServiceTest {
    @TempDir
    Path dir;
    ReviewFixture f;
    Article draft;

    @BeforeEach
    void open() {
        f = new ReviewFixture(dir.resolve("lib.newsdesk"));
        draft = f.readyDraft();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void metadataChangesComeFirstFieldByField() {
        Article changed = draft.withHeadline("Heritage classrooms reopen").withTags(List.of("Education", "Culture"))
                .withLanguage(Language.of("fr")).withDateline("Rabat").withByline("Sara")
                .withDate(LocalDate.of(2026, 3, 2)).withEmbargo(OffsetDateTime.parse("2026-05-01T09:00+02:00"));
        f.writer.articles().save(changed, "meta");
        ArticleDiff diff = f.writer.diffs().diff(draft.id(), RevisionRef.number(1), RevisionRef.CURRENT);
        assertThat(diff.from()).isEqualTo("revision 1");
        assertThat(diff.to()).isEqualTo("current");
        assertThat(diff.metadata()).extracting(FieldChange::field).containsExactly("headline", "tags", "language",
                "dateline", "date", "byline", "embargo");
        assertThat(diff.metadata().get(0).segments()).containsExactly(DiffSegment.equal("Heritage classrooms "),
                DiffSegment.deleted("open"), DiffSegment.inserted("reopen"));
        assertThat(diff.metadata().get(1).after()).isEqualTo("Culture, Education");
        assertThat(diff.blocks()).allSatisfy(b -> assertThat(b.change()).isEqualTo(BlockDiff.Change.UNCHANGED));
    }

    @Test
    void anInsertedParagraphIsNotMistakenForARewriteOfTheNextOne() {
        f.writer.articles().save(draft.withBody(Document.of(
                Block.paragraph("The quick brown fox jumps over the lazy dog."),
                Block.paragraph("A brand new paragraph."),
                Block.paragraph("Pupils study old monuments near their schools."))), "insert");
        List<BlockDiff> blocks = f.writer.diffs().diff(draft.id(), RevisionRef.number(1), RevisionRef.number(2)).blocks();
        assertThat(blocks).extracting(BlockDiff::change).containsExactly(BlockDiff.Change.UNCHANGED,
                BlockDiff.Change.ADDED, BlockDiff.Change.CHANGED);
        assertThat(blocks.get(2).segments()).contains(DiffSegment.inserted("old "));
    }

    @Test
    void removedBlocksAndFormattingOnlyChangesAreShown() {
        f.writer.articles().save(draft.withBody(Document.of(
                Block.paragraph(TextRun.of("The quick brown fox jumps over the lazy dog.", Mark.BOLD)))), "bold");
        List<BlockDiff> blocks = f.writer.diffs().diff(draft.id(), RevisionRef.number(1), RevisionRef.CURRENT).blocks();
        assertThat(blocks).extracting(BlockDiff::change).containsExactly(BlockDiff.Change.CHANGED,
                BlockDiff.Change.REMOVED);
        assertThat(blocks.get(0).formattingOnly()).isTrue();
        assertThat(blocks.get(1).segments()).containsExactly(
                DiffSegment.deleted("Pupils study monuments near their schools."));
    }

    @Test
    void changesSinceSubmittedCompareWithTheTextAtTheLastSubmission() {
        assertThatThrownBy(() -> f.writer.diffs().sinceSubmitted(draft.id())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not been submitted");
        f.writer.workflow().transition(draft.id(), WorkflowAction.SUBMIT, null);
        f.editor.workflow().transition(draft.id(), WorkflowAction.REQUEST_CHANGES, "Shorter.");
        Article current = f.writer.articles().get(draft.id());
        f.writer.articles().autosave(current.withStandfirst("Forty schools."));
        ArticleDiff diff = f.editor.diffs().sinceSubmitted(draft.id());
        assertThat(diff.from()).isEqualTo("revision 1 (submitted)");
        assertThat(diff.metadata()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("standfirst");
            assertThat(c.after()).isEqualTo("Forty schools.");
        });
    }
}
