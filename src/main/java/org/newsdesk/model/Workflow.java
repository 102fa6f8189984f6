package org.newsdesk.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
        String refusal = refusal(from, action, role, actorIsWriter);
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
    private static String refusal(ArticleStatus from, WorkflowAction action, Role role, boolean actorIsWriter) {
        if (action == WorkflowAction.ARCHIVE && role == Role.PRESS_OFFICER) {
            if (from != ArticleStatus.DRAFT) {
                return "A press officer can archive only their own drafts, and this article is " + describe(from) + ".";
            }
            if (!actorIsWriter) {
                return "A press officer can archive only their own drafts, and this draft was written by someone else.";
            }
            return null;
        }
        if (role != roleFor(action)) {
            return roleFor(action) == Role.EDITOR
                    ? "Only an editor can " + verb(action) + "."
                    : "Only a press officer can submit an article for review; an editor approves it or requests changes.";
        }
        if (!sources(action).contains(from)) {
            return stateRefusal(from, action);
        }
        return null;
    }

    private static String stateRefusal(ArticleStatus from, WorkflowAction action) {
        String state = describe(from);
        return switch (action) {
            case SUBMIT -> from == ArticleStatus.IN_REVIEW
                    ? "The article is already in review."
                    : "Only a draft or an article with changes requested can be submitted, and this article is " + state + ".";
            case APPROVE -> "Only an article in review can be approved, and this article is " + state + ".";
            case REQUEST_CHANGES -> "Changes can be requested only on an article in review or approved, and this article is "
                    + state + ".";
            case SEND_BACK -> from == ArticleStatus.DRAFT
                    ? "The article is already a draft."
                    : "Only an article in review, with changes requested or approved can be sent back to draft, and this"
                    + " article is " + state + ".";
            case PUBLISH -> "Only an approved article can be published, and this article is " + state + ".";
            case ARCHIVE -> "The article is already archived.";
            case REOPEN -> "Only a published or archived article can be reopened, and this article is " + state + ".";
        };
    }

    private static String verb(WorkflowAction action) {
        return switch (action) {
            case SUBMIT -> "submit an article";
            case APPROVE -> "approve an article";
            case REQUEST_CHANGES -> "request changes";
            case SEND_BACK -> "send an article back to draft";
            case PUBLISH -> "publish an article";
            case ARCHIVE -> "archive this article";
            case REOPEN -> "reopen an article";
        };
    }

    /** "a draft", "in review", "approved": how the state reads after "this article is". */
    private static String describe(ArticleStatus s) {
        return switch (s) {
            case DRAFT -> "a draft";
            case IN_REVIEW -> "in review";
            case CHANGES_REQUESTED -> "waiting for the changes requested";
            case APPROVED -> "approved";
            case PUBLISHED -> "published";
            case ARCHIVED -> "archived";
        };
    }
}
