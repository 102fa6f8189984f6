package org.newsdesk.ui.review;

import org.newsdesk.i18n.Messages;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.ChecklistItem;
import org.newsdesk.model.ChecklistResult;
import org.newsdesk.model.Comment;
import org.newsdesk.model.CommentThread;
import org.newsdesk.model.StatusChange;
import org.newsdesk.model.User;
import org.newsdesk.model.WorkflowAction;
import org.newsdesk.ui.common.AfterSave;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.ErrorReporter;
import org.newsdesk.ui.common.OpenArticle;

/**
 * The Review tab's state for the open article: its status, the workflow steps open to the current user, the
 * pre-publish checklist, the comment threads and the timeline; and the user's review actions. Everything is
 * loaded on the library thread after each change of the open article (open, save, step); a load that finishes
 * after a newer one started is dropped.
 */
public final class ReviewViewModel {
    private final Messages t;
    private final ReviewServices services;
    private final BackgroundWork background;
    private final OpenArticle open;
    private final AfterSave afterSave;
    private final Supplier<User> user;

    private final ReadOnlyObjectWrapper<ArticleStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper writer = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<User> actor = new ReadOnlyObjectWrapper<>();
    private final ObservableList<WorkflowAction> actions = FXCollections.observableArrayList();
    // read-only views made once: they follow their list weakly, so one made per call could vanish with its listeners
    private final ObservableList<WorkflowAction> actionsView = FXCollections.unmodifiableObservableList(actions);
    private final ObservableList<StatusChange> timeline = FXCollections.observableArrayList();
    private final ObservableList<StatusChange> timelineView = FXCollections.unmodifiableObservableList(timeline);
    private final ObservableList<ChecklistItem> checklist = FXCollections.observableArrayList();
    private final ObservableList<ChecklistItem> checklistView = FXCollections.unmodifiableObservableList(checklist);
    private final ReadOnlyObjectWrapper<CommentsShown> comments = new ReadOnlyObjectWrapper<>(CommentsShown.NONE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private long generation;

    /** Everything the tab shows, read in one go on the library thread. */
    private record Snapshot(UUID id, ArticleStatus status, String writer, List<WorkflowAction> actions,
                            List<StatusChange> timeline, ChecklistResult checklist, CommentsShown comments) {
    }

    public ReviewViewModel(Messages t, ReviewServices services, BackgroundWork background, OpenArticle open, Supplier<User> user) {
        this.t = t;
        this.services = services;
        this.background = background;
        this.open = open;
        this.afterSave = new AfterSave(open::flush, background);
        this.user = user;
        open.article().addListener((o, old, now) -> {
            if (now == null || old == null || !old.id().equals(now.id())) {
                message.set(""); // a refusal belongs to the article it was about
                comments.set(CommentsShown.NONE); // never highlight one article's anchors in another's text
            }
            refresh();
        });
    }

    /** Loads the open article's review state again (also after the user switched profile: other steps open). */
    public void refresh() {
        Article article = open.article().getValue();
        long mine = ++generation;
        if (article == null) {
            clear();
            return;
        }
        UUID id = article.id();
        background.run(() -> load(id), snapshot -> {
            if (mine == generation) {
                apply(snapshot);
            }
        }, error -> {
            if (mine == generation) {
                message.set(ErrorReporter.message(t, error));
            }
        });
    }

    private Snapshot load(UUID id) {
        Article stored = services.articles().get(id);
        return new Snapshot(id, stored.status(), services.workflow().writer(id).orElse(""),
                services.workflow().availableActions(id), services.workflow().timeline(id),
                services.checklist().check(id),
                new CommentsShown(services.comments().threads(id), stored.body().plainText()));
    }

    private void apply(Snapshot s) {
        status.set(s.status());
        writer.set(s.writer());
        actor.set(user.get());
        setIfChanged(actions, s.actions()); // after every autosave: keep buttons (and their focus) when nothing moved
        setIfChanged(timeline, s.timeline());
        setIfChanged(checklist, s.checklist().items());
        comments.set(s.comments());
        loaded.set(true);
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> values) {
        if (!list.equals(values)) {
            list.setAll(values);
        }
    }

    private void clear() {
        status.set(null);
        writer.set("");
        actions.clear();
        timeline.clear();
        checklist.clear();
        comments.set(CommentsShown.NONE);
        message.set("");
        loaded.set(false);
    }

    /**
     * Takes a workflow step on the text the user sees: saves pending edits, takes the step on that version, and
     * shows the article it returns in the editor. A refusal leaves its one-sentence reason in {@link #messageProperty()}.
     */
    public void take(WorkflowAction action, String note) {
        message.set("");
        busy.set(true);
        afterSave.run(saved -> services.workflow().transition(saved.id(), saved.version(), action, note), changed -> {
            busy.set(false);
            open.show(changed);
        }, this::failed);
    }

    /**
     * Comments on the words at {@code anchor} of the body's plain text, which read {@code quote} when the user
     * selected them. The anchor was taken from the editor, so the pending edits are saved first.
     */
    public void commentOn(Anchor anchor, String quote, String text) {
        message.set("");
        afterSave.run(saved -> {
            if (!anchor.textIn(saved.body().plainText()).equals(quote)) {
                throw new BadInputException(org.newsdesk.i18n.Message.of("comments.textChanged"));
            }
            return services.comments().addAt(saved.id(), text, anchor.start(), anchor.end());
        }, c -> refresh(), this::failed);
    }

    /** A comment on the article as a whole. */
    public void commentOnArticle(String text) {
        Article article = open.article().getValue();
        if (article != null) {
            change(() -> services.comments().addGeneral(article.id(), text));
        }
    }

    public void reply(CommentThread thread, String text) {
        change(() -> services.comments().reply(thread.first().id(), text));
    }

    public void setResolved(CommentThread thread, boolean resolved) {
        UUID first = thread.first().id();
        change(() -> resolved ? services.comments().resolve(first) : services.comments().reopen(first));
    }

    private void change(java.util.concurrent.Callable<Comment> work) {
        message.set("");
        background.run(work, c -> refresh(), this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(ErrorReporter.message(t, error));
        refresh(); // the state that refused the step may have been stale
    }

    /** Who is acting, as of the last load: the name and role that decide which steps are offered. */
    public ReadOnlyObjectProperty<User> userProperty() {
        return actor.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ArticleStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Who wrote the article (created it), or "" when its history does not say. */
    public ReadOnlyStringProperty writerProperty() {
        return writer.getReadOnlyProperty();
    }

    /** The steps open to the current user, in workflow order. */
    public ObservableList<WorkflowAction> actions() {
        return actionsView;
    }

    /** Every workflow step so far, oldest first. */
    public ObservableList<StatusChange> timeline() {
        return timelineView;
    }

    /** Every checklist rule with its outcome for the stored article. */
    public ObservableList<ChecklistItem> checklist() {
        return checklistView;
    }

    public ReadOnlyObjectProperty<CommentsShown> commentsProperty() {
        return comments.getReadOnlyProperty();
    }

    /** Why the last action was refused or failed, as one sentence; "" when it worked. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while a workflow step is on its way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the open article's review state is shown. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
