package org.newsdesk.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsdesk.i18n.Message;

/**
 * The review workflow as a state machine, pure and stateless:
 * <pre>
 * draft ──submit──▶ in-review ──approve──▶ approved ──publish──▶ published
 *   ▲                 │  ▲                    │                      │
 *   │   request-changes  │ submit             │ request-changes      │ reopen (new draft)
 *   │                 ▼  │                    ▼                      ▼
 *   └──send-back── changes-requested ◀────────┘                    draft
 * archive: from any state (press officers: only their own drafts); reopen also brings back archived articles.
 * </pre>
 * Press officers submit; editors approve, request changes, send back, publish, archive and reopen.
 * A refused step is a {@link ConflictException} whose message says why in one sentence.
 */
public final class Workflow {

    /** Where {@code action} takes an article in {@code from}, or a refusal saying why it cannot. */
    public ArticleStatus next(ArticleStatus from, WorkflowAction action, Role role, boolean actorIsWriter) {
        Message refusal = refusal(from, action, role, actorIsWriter);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        return target(action);
    }

    /** Whether {@code next} would allow the step: what a GUI uses to enable its buttons. */
    public boolean allows(ArticleStatus from, WorkflowAction action, Role role, boolean actorIsWriter) {
        return refusal(from, action, role, actorIsWriter) == null;
    }

    /** The steps open to this person on an article in {@code from}, in the order of {@link WorkflowAction}. */
    public List<WorkflowAction> available(ArticleStatus from, Role role, boolean actorIsWriter) {
        List<WorkflowAction> out = new ArrayList<>();
        for (WorkflowAction action : WorkflowAction.values()) {
            if (allows(from, action, role, actorIsWriter)) {
                out.add(action);
            }
        }
        return out;
    }

    /** The state {@code action} leads to when allowed. */
    public static ArticleStatus target(WorkflowAction action) {
        return switch (action) {
            case SUBMIT -> ArticleStatus.IN_REVIEW;
            case APPROVE -> ArticleStatus.APPROVED;
            case REQUEST_CHANGES -> ArticleStatus.CHANGES_REQUESTED;
            case SEND_BACK, REOPEN -> ArticleStatus.DRAFT;
            case PUBLISH -> ArticleStatus.PUBLISHED;
            case ARCHIVE -> ArticleStatus.ARCHIVED;
        };
    }

    /** The states {@code action} may start from (for an editor; press officers archive drafts only). */
    public static Set<ArticleStatus> sources(WorkflowAction action) {
        return switch (action) {
            case SUBMIT -> EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.CHANGES_REQUESTED);
            case APPROVE -> EnumSet.of(ArticleStatus.IN_REVIEW);
            case REQUEST_CHANGES -> EnumSet.of(ArticleStatus.IN_REVIEW, ArticleStatus.APPROVED);
            case SEND_BACK -> EnumSet.of(ArticleStatus.IN_REVIEW, ArticleStatus.CHANGES_REQUESTED, ArticleStatus.APPROVED);
            case PUBLISH -> EnumSet.of(ArticleStatus.APPROVED);
            case ARCHIVE -> EnumSet.complementOf(EnumSet.of(ArticleStatus.ARCHIVED));
            case REOPEN -> EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED);
        };
    }

    private static Role roleFor(WorkflowAction action) {
        return action == WorkflowAction.SUBMIT ? Role.PRESS_OFFICER : Role.EDITOR;
    }

    /** Null when allowed, else the one sentence that explains the refusal. */
    private static Message refusal(ArticleStatus from, WorkflowAction action, Role role, boolean actorIsWriter) {
        if (action == WorkflowAction.ARCHIVE && role == Role.PRESS_OFFICER) {
            if (from != ArticleStatus.DRAFT) {
                return Message.of("error.workflow.archiveOnlyOwnDrafts", describe(from));
            }
            if (!actorIsWriter) {
                return Message.of("error.workflow.archiveSomeoneElsesDraft");
            }
            return null;
        }
        if (role != roleFor(action)) {
            return roleFor(action) == Role.EDITOR
                    ? Message.of("error.workflow.editorOnly", verb(action))
                    : Message.of("error.workflow.pressOfficerOnly");
        }
        if (!sources(action).contains(from)) {
            return stateRefusal(from, action);
        }
        return null;
    }

    private static Message stateRefusal(ArticleStatus from, WorkflowAction action) {
        Message state = describe(from);
        return switch (action) {
            case SUBMIT -> from == ArticleStatus.IN_REVIEW
                    ? Message.of("error.workflow.alreadyInReview")
                    : Message.of("error.workflow.submitFrom", state);
            case APPROVE -> Message.of("error.workflow.approveFrom", state);
            case REQUEST_CHANGES -> Message.of("error.workflow.requestChangesFrom", state);
            case SEND_BACK -> from == ArticleStatus.DRAFT
                    ? Message.of("error.workflow.alreadyDraft")
                    : Message.of("error.workflow.sendBackFrom", state);
            case PUBLISH -> Message.of("error.workflow.publishFrom", state);
            case ARCHIVE -> Message.of("error.workflow.alreadyArchived");
            case REOPEN -> Message.of("error.workflow.reopenFrom", state);
        };
    }

    /** "submit an article", "approve an article": what only an editor can do, after "Only an editor can". */
    private static Message verb(WorkflowAction action) {
        return Message.of("error.workflow.verb." + switch (action) {
            case SUBMIT -> "submit";
            case APPROVE -> "approve";
            case REQUEST_CHANGES -> "requestChanges";
            case SEND_BACK -> "sendBack";
            case PUBLISH -> "publish";
            case ARCHIVE -> "archive";
            case REOPEN -> "reopen";
        });
    }

    /** "a draft", "in review", "approved": how the state reads after "this article is". */
    public static Message stateInSentence(ArticleStatus s) {
        return describe(s);
    }

    private static Message describe(ArticleStatus s) {
        return Message.of("error.workflow.state." + switch (s) {
            case DRAFT -> "draft";
            case IN_REVIEW -> "inReview";
            case CHANGES_REQUESTED -> "changesRequested";
            case APPROVED -> "approved";
            case PUBLISHED -> "published";
            case ARCHIVED -> "archived";
        });
    }
}
