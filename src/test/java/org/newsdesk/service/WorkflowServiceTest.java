package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.ArticleSummary;
import org.newsdesk.model.ChecklistRule;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.StatusChange;
import org.newsdesk.model.WorkflowAction;

class WorkflowServiceTest {
    @TempDir
    Path dir;
    ReviewFixture f;

    @BeforeEach
    void open() {
        f = new ReviewFixture(dir.resolve("lib.newsdesk"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aFullRoundRecordsEveryStepWithWhoWhenFromToAndNote() {
        UUID id = f.readyDraft().id();
        f.writer.workflow().transition(id, WorkflowAction.SUBMIT, "ready");
        f.editor.workflow().transition(id, WorkflowAction.REQUEST_CHANGES, "Name the six countries.");
        f.writer.workflow().transition(id, WorkflowAction.SUBMIT, null);
        f.editor.workflow().transition(id, WorkflowAction.APPROVE, null);
        Article published = f.editor.workflow().transition(id, WorkflowAction.PUBLISH, "go");
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);

        List<StatusChange> timeline = f.writer.workflow().timeline(id);
        assertThat(timeline).extracting(StatusChange::to).containsExactly(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW,
                ArticleStatus.CHANGES_REQUESTED, ArticleStatus.IN_REVIEW, ArticleStatus.APPROVED, ArticleStatus.PUBLISHED);
        assertThat(timeline).extracting(StatusChange::author).containsExactly("Sara Writer", "Sara Writer",
                "Eva Editor", "Sara Writer", "Eva Editor", "Eva Editor");
        assertThat(timeline.get(2).from()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(timeline.get(2).note()).isEqualTo("Name the six countries.");
        assertThat(timeline).extracting(StatusChange::at).isSorted().doesNotHaveDuplicates();
        // the text did not change, so every step points at revision 1; publishing always records its own
        assertThat(timeline).extracting(StatusChange::revision).containsExactly(1, 1, 1, 1, 1, 2);
        assertThat(f.writer.history().history(id).revisions()).extracting(RevisionInfo::note)
                .containsExactly("Created", "Publish: go");
    }

    @Test
    void reopeningAPublishedArticleMakesADraftAndKeepsThePublishedTextAsARevision() {
        UUID id = publish(f.readyDraft().id());
        Article reopened = f.editor.workflow().transition(id, WorkflowAction.REOPEN, "correction");
        assertThat(reopened.status()).isEqualTo(ArticleStatus.DRAFT);
        List<RevisionInfo> revisions = f.editor.history().history(id).revisions();
        assertThat(revisions).extracting(RevisionInfo::status).containsSubsequence(ArticleStatus.PUBLISHED,
                ArticleStatus.DRAFT);
        int publishedRevision = revisions.stream().filter(r -> r.status() == ArticleStatus.PUBLISHED)
                .findFirst().orElseThrow().number();
        f.writer.articles().save(reopened.withHeadline("Heritage classrooms open, corrected"), "fix");
        assertThat(f.writer.articles().revision(id, publishedRevision).snapshot().headline())
                .isEqualTo("Heritage classrooms open");
    }

    @Test
    void aChangedTextIsRecordedAsARevisionAtSubmitSoTheStepPointsAtWhatWasSubmitted() {
        Article draft = f.readyDraft();
        f.writer.articles().autosave(draft.withHeadline("Heritage classrooms open today"));
        f.writer.workflow().transition(draft.id(), WorkflowAction.SUBMIT, null);
        StatusChange submit = f.writer.workflow().timeline(draft.id()).get(1);
        assertThat(submit.revision()).isEqualTo(2);
        assertThat(f.writer.articles().revision(draft.id(), 2).snapshot().headline())
                .isEqualTo("Heritage classrooms open today");
        assertThat(f.writer.workflow().submittedRevision(draft.id())).contains(2);
    }

    @Test
    void requestingChangesNeedsANote() {
        UUID id = f.readyDraft().id();
        f.writer.workflow().transition(id, WorkflowAction.SUBMIT, null);
        assertThatThrownBy(() -> f.editor.workflow().transition(id, WorkflowAction.REQUEST_CHANGES, "  "))
                .isInstanceOf(ConflictException.class).hasMessageContaining("needs a note");
        assertThat(f.editor.articles().get(id).status()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void submittingNeedsAHeadline() {
        Article draft = f.readyDraft();
        f.writer.articles().save(draft.withHeadline(""), "oops");
        assertThatThrownBy(() -> f.writer.workflow().transition(draft.id(), WorkflowAction.SUBMIT, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("headline is required");
    }

    @Test
    void theChecklistBlocksApprovalUntilItPassesAndARuleCanBeSwitchedOff() {
        Article draft = f.readyDraft();
        Article noTags = f.writer.articles().save(draft.withTags(List.of()), "untag");
        f.writer.workflow().transition(draft.id(), WorkflowAction.SUBMIT, null);
        f.editor.comments().addOnQuote(draft.id(), "Which fox?", "quick brown fox");
        assertThatThrownBy(() -> f.editor.workflow().transition(draft.id(), WorkflowAction.APPROVE, null))
                .isInstanceOf(ConflictException.class)
                .hasMessage("The article cannot be approved until the pre-publish checklist passes: the article has no"
                        + " tags; one comment is not resolved.");
        assertThat(f.editor.articles().get(draft.id()).version()).isEqualTo(noTags.version() + 1);

        f.editor.checklist().setEnabled(ChecklistRule.TAGS, false);
        f.editor.comments().resolve(f.editor.comments().byNumber(draft.id(), 1).id());
        assertThat(f.editor.workflow().transition(draft.id(), WorkflowAction.APPROVE, null).status())
                .isEqualTo(ArticleStatus.APPROVED);
        assertThatThrownBy(() -> f.writer.checklist().setEnabled(ChecklistRule.TAGS, true))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aStepOnAVersionTheUserHasNotSeenIsRefused() {
        Article draft = f.readyDraft();
        f.writer.workflow().transition(draft.id(), WorkflowAction.SUBMIT, null);
        Article seen = f.editor.articles().get(draft.id());
        f.writer.articles().autosave(seen.withStandfirst("Changed while the editor was reading."));
        assertThatThrownBy(() -> f.editor.workflow().transition(draft.id(), seen.version(), WorkflowAction.APPROVE, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed elsewhere");
        assertThat(f.editor.articles().get(draft.id()).status()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void savingCannotChangeTheStatusBehindTheWorkflowsBack() {
        Article draft = f.readyDraft();
        assertThatThrownBy(() -> f.writer.articles().save(draft.withStatus(ArticleStatus.PUBLISHED), "sneaky"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("review workflow");
        assertThat(f.writer.articles().get(draft.id()).status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void pressOfficersArchiveOnlyTheirOwnDrafts() {
        UUID id = f.readyDraft().id();
        assertThatThrownBy(() -> f.otherWriter.workflow().transition(id, WorkflowAction.ARCHIVE, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("someone else");
        assertThat(f.otherWriter.workflow().availableActions(id)).containsExactly(WorkflowAction.SUBMIT);
        assertThat(f.writer.workflow().availableActions(id)).containsExactly(WorkflowAction.SUBMIT, WorkflowAction.ARCHIVE);
        assertThat(f.writer.workflow().transition(id, WorkflowAction.ARCHIVE, null).status())
                .isEqualTo(ArticleStatus.ARCHIVED);
    }

    @Test
    void waitingForMeIsInReviewForEditorsAndTheirOwnChangesRequestedForWriters() {
        UUID mine = f.readyDraft().id();
        UUID theirs = f.otherWriter.articles().create(f.readyDraftCopy()).id();
        UUID inReview = f.readyDraft().id();
        for (UUID id : List.of(mine, theirs, inReview)) {
            (id.equals(theirs) ? f.otherWriter : f.writer).workflow().transition(id, WorkflowAction.SUBMIT, null);
        }
        f.editor.workflow().transition(mine, WorkflowAction.REQUEST_CHANGES, "More quotes.");
        f.editor.workflow().transition(theirs, WorkflowAction.REQUEST_CHANGES, "Shorter.");
        assertThat(f.editor.workflow().waitingForMe()).extracting(ArticleSummary::id).containsExactly(inReview);
        assertThat(f.writer.workflow().waitingForMe()).extracting(ArticleSummary::id).containsExactly(mine);
        assertThat(f.otherWriter.workflow().waitingForMe()).extracting(ArticleSummary::id).containsExactly(theirs);
        assertThat(f.editor.workflow().writer(theirs)).contains("Omar Writer");
    }

    private UUID publish(UUID id) {
        f.writer.workflow().transition(id, WorkflowAction.SUBMIT, null);
        f.editor.workflow().transition(id, WorkflowAction.APPROVE, null);
        f.editor.workflow().transition(id, WorkflowAction.PUBLISH, null);
        return id;
    }
}
