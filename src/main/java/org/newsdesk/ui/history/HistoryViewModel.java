package org.newsdesk.ui.history;

import org.newsdesk.i18n.Messages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleDiff;
import org.newsdesk.model.ArticleHistory;
import org.newsdesk.model.Revision;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.RevisionRef;
import org.newsdesk.ui.common.AfterSave;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.ErrorReporter;
import org.newsdesk.ui.common.OpenArticle;

/**
 * The History tab's state: the open article's revisions (newest first), the diff on show, and where "changes
 * since submitted" starts. Comparing with the current text and restoring save the editor's pending edits first,
 * so "current" is what the user sees; a restore then loads the restored article into the editor.
 */
public final class HistoryViewModel {
    private final Messages t;
    private final HistoryServices services;
    private final BackgroundWork background;
    private final OpenArticle open;
    private final AfterSave afterSave;

    private final ObservableList<RevisionInfo> revisions = FXCollections.observableArrayList();
    // read-only views made once: they follow their list weakly, so one made per call could vanish with its listeners
    private final ObservableList<RevisionInfo> revisionsView = FXCollections.unmodifiableObservableList(revisions);
    private final ReadOnlyObjectWrapper<SinceSubmitted> sinceSubmitted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ArticleDiff> diff = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper diffTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private long generation;
    private long diffGeneration;

    private record Loaded(List<RevisionInfo> newestFirst, Optional<SinceSubmitted> since) {
    }

    public HistoryViewModel(Messages t, HistoryServices services, BackgroundWork background, OpenArticle open) {
        this.t = t;
        this.services = services;
        this.background = background;
        this.open = open;
        this.afterSave = new AfterSave(open::flush, background);
        open.article().addListener((o, old, now) -> {
            if (now == null || old == null || !old.id().equals(now.id())) {
                showDiff(null, ""); // a diff belongs to the article it was made for
                message.set("");
            }
            refresh();
        });
    }

    /** Loads the revision list again. */
    public void refresh() {
        Article article = open.article().getValue();
        long mine = ++generation;
        if (article == null) {
            revisions.clear();
            sinceSubmitted.set(null);
            return;
        }
        UUID id = article.id();
        background.run(() -> {
            ArticleHistory history = services.history().history(id);
            List<RevisionInfo> newestFirst = new ArrayList<>(history.revisions());
            Collections.reverse(newestFirst);
            Article stored = services.articles().get(id);
            return new Loaded(newestFirst, SinceSubmitted.find(t, history.statusChanges(), stored.status()));
        }, loaded -> {
            if (mine == generation) {
                if (!revisions.equals(loaded.newestFirst())) {
                    revisions.setAll(loaded.newestFirst());
                }
                sinceSubmitted.set(loaded.since().orElse(null));
            }
        }, this::failed);
    }

    /** Shows what changed from {@code from} to {@code to} (a revision or the current text). */
    public void compare(RevisionRef from, RevisionRef to) {
        String title = t.get("history.changes", name(from), name(to));
        compare(from, to, title);
    }

    /** "revision 3", "the current text", "the submitted text", as a diff's title names them. */
    private String name(RevisionRef ref) {
        return switch (ref.kind()) {
            case NUMBER -> t.get("history.revision", t.number(ref.number()));
            case CURRENT -> t.get("history.current");
            case SUBMITTED -> t.get("history.submitted");
        };
    }

    /** Shows the changes since the text the reviewer last saw (see {@link SinceSubmitted}). */
    public void changesSinceSubmitted() {
        SinceSubmitted since = sinceSubmitted.get();
        if (since == null) {
            message.set(t.get("history.notSubmitted"));
            return;
        }
        compare(RevisionRef.number(since.revision()), RevisionRef.CURRENT, t.get("history.since", since.description()));
    }

    private void compare(RevisionRef from, RevisionRef to, String title) {
        message.set("");
        long mine = ++diffGeneration;
        afterSave.run(saved -> services.diffs().diff(saved.id(), from, to), result -> {
            if (mine == diffGeneration) {
                showDiff(result, title);
            }
        }, this::failed);
    }

    /** Makes revision {@code number}'s content current (as a new revision) and loads it into the editor. */
    public void restore(int number) {
        message.set("");
        afterSave.run(saved -> services.history().restore(saved.id(), number), restored -> {
            open.show(restored);
            showDiff(null, ""); // it compared texts that are no longer current
            message.set(t.get("history.restored", t.number(number)));
        }, this::failed);
    }

    /** Marks conflict revision {@code number} settled, keeping the current text (after comparing the two). */
    public void keepCurrent(int number) {
        Article article = open.article().getValue();
        if (article == null) {
            return;
        }
        background.run(() -> services.history().resolveConflict(article.id(), number), info -> {
            message.set(t.get("history.keptCurrent", t.number(number)));
            refresh();
        }, this::failed);
    }

    /** Loads revision {@code number} whole (for reading it) and hands it to {@code then} on the FX thread. */
    public void revision(int number, Consumer<Revision> then) {
        Article article = open.article().getValue();
        if (article != null) {
            background.run(() -> services.articles().revision(article.id(), number), then, this::failed);
        }
    }

    private void showDiff(ArticleDiff result, String title) {
        diffTitle.set(title);
        diff.set(result);
    }

    private void failed(Throwable error) {
        message.set(ErrorReporter.message(t, error));
    }

    /** Revisions, newest first. */
    public ObservableList<RevisionInfo> revisions() {
        return revisionsView;
    }

    /** Where "changes since submitted" starts, or null when the article was never submitted. */
    public ReadOnlyObjectProperty<SinceSubmitted> sinceSubmittedProperty() {
        return sinceSubmitted.getReadOnlyProperty();
    }

    /** The diff on show, or null. */
    public ReadOnlyObjectProperty<ArticleDiff> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty diffTitleProperty() {
        return diffTitle.getReadOnlyProperty();
    }

    /** The outcome of the last action (a restore, a refusal), as one sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
