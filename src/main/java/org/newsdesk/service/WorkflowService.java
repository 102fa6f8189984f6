package org.newsdesk.service;

import org.newsdesk.i18n.Message;
import org.newsdesk.model.ChecklistItem;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.ArticleSummary;
import org.newsdesk.model.ChecklistResult;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.Revision;
import org.newsdesk.model.Role;
import org.newsdesk.model.StatusChange;
import org.newsdesk.model.User;
import org.newsdesk.model.ValidationException;
import org.newsdesk.model.Workflow;
import org.newsdesk.model.WorkflowAction;
import org.newsdesk.store.Database;

/**
 * The review workflow on stored articles: takes a step ({@link #transition}) for the current user, and answers
 * what a review screen asks (timeline, steps open to me, articles waiting for me). Each step is one
 * transaction: the new status, the audit-trail entry (who, when, from, to, note) and, when it publishes or
 * reopens or the text changed since the last revision, a revision, so every step points at the exact text it
 * was taken on. Refusals are {@link ConflictException}s whose message says why in one sentence.
 *
 * <p>The writer of an article is the person who created it (the first step of its history): press officers
 * see their articles with changes requested as waiting for them, and may archive their own drafts.
 */
public final class WorkflowService {
    private final Database db;
    private final Stores stores;
    private final ArticleWriter articleWriter;
    private final ChecklistService checklist;
    private final LibraryClock clock;
    private final CurrentUser user;
    private final Workflow workflow = new Workflow();

    WorkflowService(Database db, Stores stores, ArticleWriter writer, ChecklistService checklist, LibraryClock clock,
                    CurrentUser user) {
        this.db = db;
        this.stores = stores;
        this.articleWriter = writer;
        this.checklist = checklist;
        this.clock = clock;
        this.user = user;
    }

    /**
     * After an upload bundle went out: publishes every approved article among {@code ids} (others stay as they
     * are). Refused as a whole, before any change, when the user may not publish.
     *
     * @return how many articles were published
     */
    public int publishApproved(java.util.List<UUID> ids, String note) {
        java.util.List<UUID> approved = db.read(c -> {
            java.util.List<UUID> out = new java.util.ArrayList<>();
            for (UUID id : ids) {
                if (stores.articles().get(c, id).status() == org.newsdesk.model.ArticleStatus.APPROVED) {
                    out.add(id);
                }
            }
            return out;
        });
        if (!approved.isEmpty() && user.get().role() != org.newsdesk.model.Role.EDITOR) {
            throw new ConflictException(Message.of("error.workflow.bundleEditorOnly", approved.size()));
        }
        approved.forEach(id -> transition(id, WorkflowAction.PUBLISH, note));
        return approved.size();
    }

    /**
     * Takes {@code action} on the article as it is stored now, for the CLI and scripts.
     *
     * @param note why (goes on the timeline); required for {@link WorkflowAction#REQUEST_CHANGES}, may be null otherwise
     * @return the article as stored after the step (new status and version)
     * @throws ConflictException when the step is refused: wrong role or state, no headline to submit, no note to
     *                           request changes, a failing checklist to approve
     */
    public Article transition(UUID id, WorkflowAction action, String note) {
        return transition(id, -1, action, note);
    }

    /**
     * Takes {@code action} only if the stored article is still the version the user looked at, so nobody approves
     * or publishes text they have not seen. A GUI passes its copy's version (after saving pending edits) and then
     * replaces its copy with the returned article.
     */
    public Article transition(UUID id, long expectedVersion, WorkflowAction action, String note) {
        return db.write(c -> transition(c, id, expectedVersion, action, note));
    }

    /** One step inside the caller's transaction (a whole translation set is approved and published in one). */
    Article transition(Connection c, UUID id, long expectedVersion, WorkflowAction action, String note)
            throws SQLException {
        String cleanNote = note == null ? "" : note.strip();
        Article article = stores.articles().get(c, id);
        if (expectedVersion >= 0 && article.version() != expectedVersion) {
            throw new ConflictException(Message.of("error.workflow.changedElsewhere", article.headline(),
                    article.version(), expectedVersion));
        }
        User actor = user.get();
        ArticleStatus to = workflow.next(article.status(), action, actor.role(), isWriter(c, id, actor));
        checkPreconditions(c, article, action, cleanNote);
        Instant now = clock.now();
        Article updated = articleWriter.saveWithStatus(c, article.withStatus(to), now);
        int revision = revisionFor(c, updated, action, actor, cleanNote, now);
        stores.history().record(c, id, new StatusChange(article.status(), to, actor.name(), now, cleanNote, revision));
        return updated;
    }

    private void checkPreconditions(Connection c, Article article, WorkflowAction action, String note)
            throws SQLException {
        if (action.requiresNote() && note.isEmpty()) {
            throw new ConflictException(Message.of("error.workflow.noteRequired"));
        }
        if (action == WorkflowAction.SUBMIT) {
            try {
                article.checkReadyForReview();
            } catch (ValidationException e) {
                throw new ConflictException(e.sentence());
            }
        }
        if (action == WorkflowAction.APPROVE) {
            ChecklistResult result = checklist.evaluate(c, article);
            if (!result.passed()) {
                throw new ConflictException(Message.of("workflow.approve.checklist",
                        Message.sentencesAfterColon(result.failures().stream().map(ChecklistItem::sentence)
                                .toList())));
            }
        }
    }

    /**
     * The revision that holds the text of this step. Publishing and reopening always record one (the published
     * text stays readable after a reopen); other steps reuse the latest revision when the text is unchanged.
     */
    private int revisionFor(Connection c, Article updated, WorkflowAction action, User actor, String note, Instant now)
            throws SQLException {
        int latest = stores.revisions().count(c, updated.id());
        boolean always = action == WorkflowAction.PUBLISH || action == WorkflowAction.REOPEN;
        if (!always && latest > 0) {
            Optional<Revision> last = stores.revisions().find(c, updated.id(), latest);
            if (last.isPresent() && last.get().snapshot().withStatus(updated.status()).sameContentAs(updated)) {
                return latest;
            }
        }
        String revisionNote = action.displayName() + (note.isEmpty() ? "" : ": " + note);
        return stores.revisions().add(c, updated, actor.name(), revisionNote, now).number();
    }

    /** The steps the current user may take on the article now (for enabling buttons and menu items). */
    public List<WorkflowAction> availableActions(UUID id) {
        return db.read(c -> {
            Article article = stores.articles().get(c, id);
            User actor = user.get();
            return workflow.available(article.status(), actor.role(), isWriter(c, id, actor));
        });
    }

    /** Every workflow step of the article, oldest first. */
    public List<StatusChange> timeline(UUID id) {
        return db.read(c -> {
            stores.articles().get(c, id);
            return stores.history().list(c, id);
        });
    }

    /** Who wrote the article (created it), if its history says. */
    public Optional<String> writer(UUID id) {
        return db.read(c -> stores.history().writer(c, id));
    }

    /**
     * Articles waiting for the current user: for an editor everything in review; for a press officer their own
     * articles with changes requested. Newest change first.
     */
    public List<ArticleSummary> waitingForMe() {
        User me = user.get();
        return db.read(c -> me.role() == Role.EDITOR
                ? stores.articles().inStatus(c, ArticleStatus.IN_REVIEW, null)
                : stores.articles().inStatus(c, ArticleStatus.CHANGES_REQUESTED, me.name()));
    }

    /** The revision recorded at the article's last submission for review, if it was ever submitted. */
    public Optional<Integer> submittedRevision(UUID id) {
        return db.read(c -> submittedRevision(c, id));
    }

    Optional<Integer> submittedRevision(Connection c, UUID id) throws SQLException {
        List<StatusChange> steps = stores.history().list(c, id);
        for (int i = steps.size() - 1; i >= 0; i--) {
            StatusChange step = steps.get(i);
            if (step.to() == ArticleStatus.IN_REVIEW && step.from() != null && step.revision() > 0) {
                return Optional.of(step.revision());
            }
        }
        return Optional.empty();
    }

    private boolean isWriter(Connection c, UUID id, User actor) throws SQLException {
        return stores.history().writer(c, id).map(actor.name()::equals).orElse(false);
    }
}
