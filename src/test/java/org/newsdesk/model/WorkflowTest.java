package org.newsdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.model.ArticleStatus.APPROVED;
import static org.newsdesk.model.ArticleStatus.ARCHIVED;
import static org.newsdesk.model.ArticleStatus.CHANGES_REQUESTED;
import static org.newsdesk.model.ArticleStatus.DRAFT;
import static org.newsdesk.model.ArticleStatus.IN_REVIEW;
import static org.newsdesk.model.ArticleStatus.PUBLISHED;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every state × action × role × (writer or not): allowed ones land where they should, all others are refused. */
class WorkflowTest {
    private final Workflow workflow = new Workflow();

    /** The rules as the newsroom states them, written out independently of the implementation. */
    private static final List<Object[]> ALLOWED = List.of(
            new Object[] {Role.PRESS_OFFICER, WorkflowAction.SUBMIT, DRAFT, IN_REVIEW, false},
            new Object[] {Role.PRESS_OFFICER, WorkflowAction.SUBMIT, CHANGES_REQUESTED, IN_REVIEW, false},
            new Object[] {Role.PRESS_OFFICER, WorkflowAction.ARCHIVE, DRAFT, ARCHIVED, true},
            new Object[] {Role.EDITOR, WorkflowAction.APPROVE, IN_REVIEW, APPROVED, false},
            new Object[] {Role.EDITOR, WorkflowAction.REQUEST_CHANGES, IN_REVIEW, CHANGES_REQUESTED, false},
            new Object[] {Role.EDITOR, WorkflowAction.REQUEST_CHANGES, APPROVED, CHANGES_REQUESTED, false},
            new Object[] {Role.EDITOR, WorkflowAction.SEND_BACK, IN_REVIEW, DRAFT, false},
            new Object[] {Role.EDITOR, WorkflowAction.SEND_BACK, CHANGES_REQUESTED, DRAFT, false},
            new Object[] {Role.EDITOR, WorkflowAction.SEND_BACK, APPROVED, DRAFT, false},
            new Object[] {Role.EDITOR, WorkflowAction.PUBLISH, APPROVED, PUBLISHED, false},
            new Object[] {Role.EDITOR, WorkflowAction.ARCHIVE, DRAFT, ARCHIVED, false},
            new Object[] {Role.EDITOR, WorkflowAction.ARCHIVE, IN_REVIEW, ARCHIVED, false},
            new Object[] {Role.EDITOR, WorkflowAction.ARCHIVE, CHANGES_REQUESTED, ARCHIVED, false},
            new Object[] {Role.EDITOR, WorkflowAction.ARCHIVE, APPROVED, ARCHIVED, false},
            new Object[] {Role.EDITOR, WorkflowAction.ARCHIVE, PUBLISHED, ARCHIVED, false},
            new Object[] {Role.EDITOR, WorkflowAction.REOPEN, PUBLISHED, DRAFT, false},
            new Object[] {Role.EDITOR, WorkflowAction.REOPEN, ARCHIVED, DRAFT, false});

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (Role role : Role.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                for (ArticleStatus from : ArticleStatus.values()) {
                    for (boolean writer : new boolean[] {true, false}) {
                        all.add(Arguments.of(role, action, from, writer));
                    }
                }
            }
        }
        return all.stream();
    }

    private static ArticleStatus expected(Role role, WorkflowAction action, ArticleStatus from, boolean writer) {
        for (Object[] rule : ALLOWED) {
            boolean needsWriter = (boolean) rule[4];
            if (rule[0] == role && rule[1] == action && rule[2] == from && (writer || !needsWriter)) {
                return (ArticleStatus) rule[3];
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0} {1} from {2} (writer: {3})")
    @MethodSource("everyCombination")
    void allowedStepsLandRightAndOthersAreRefusedWithOneSentence(Role role, WorkflowAction action, ArticleStatus from,
                                                                  boolean writer) {
        ArticleStatus expected = expected(role, action, from, writer);
        if (expected != null) {
            assertThat(workflow.next(from, action, role, writer)).isEqualTo(expected);
            assertThat(workflow.available(from, role, writer)).contains(action);
        } else {
            assertThatThrownBy(() -> workflow.next(from, action, role, writer))
                    .isInstanceOf(ConflictException.class)
                    .satisfies(e -> assertThat(e.getMessage()).endsWith(".").doesNotContain("\n")
                            .matches("[A-Z].*").hasSizeLessThan(200));
            assertThat(workflow.available(from, role, writer)).doesNotContain(action);
        }
    }

    @Test
    void refusalsSayWhy() {
        assertThatThrownBy(() -> workflow.next(DRAFT, WorkflowAction.PUBLISH, Role.EDITOR, false))
                .hasMessage("Only an approved article can be published, and this article is a draft.");
        assertThatThrownBy(() -> workflow.next(IN_REVIEW, WorkflowAction.APPROVE, Role.PRESS_OFFICER, true))
                .hasMessage("Only an editor can approve an article.");
        assertThatThrownBy(() -> workflow.next(DRAFT, WorkflowAction.SUBMIT, Role.EDITOR, true))
                .hasMessageStartingWith("Only a press officer can submit");
        assertThatThrownBy(() -> workflow.next(IN_REVIEW, WorkflowAction.ARCHIVE, Role.PRESS_OFFICER, true))
                .hasMessage("A press officer can archive only their own drafts, and this article is in review.");
        assertThatThrownBy(() -> workflow.next(DRAFT, WorkflowAction.ARCHIVE, Role.PRESS_OFFICER, false))
                .hasMessageContaining("written by someone else");
        assertThatThrownBy(() -> workflow.next(IN_REVIEW, WorkflowAction.SUBMIT, Role.PRESS_OFFICER, true))
                .hasMessage("The article is already in review.");
    }

    @Test
    void actionsParseFromWhatPeopleType() {
        assertThat(WorkflowAction.parse("request-changes")).isEqualTo(WorkflowAction.REQUEST_CHANGES);
        assertThat(WorkflowAction.parse("Send back")).isEqualTo(WorkflowAction.SEND_BACK);
        assertThat(WorkflowAction.SEND_BACK.label()).isEqualTo("send-back");
        assertThatThrownBy(() -> WorkflowAction.parse("bless")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("submit, approve, request-changes");
    }
}
