package org.newsdesk.ui.editor;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.newsdesk.model.Article;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.NotFoundException;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.service.ArticleService;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.ErrorReporter;

/**
 * The open article as the form shows it, and the rules that keep it safe: every change is saved in the
 * background within {@link #AUTOSAVE_DELAY} of typing stopping; Ctrl+S saves at once with a revision;
 * a save on top of someone else's newer version stops as a conflict for the user to resolve.
 */
public final class EditorViewModel {
    public static final Duration AUTOSAVE_DELAY = Duration.millis(1500);

    private final ArticleService articles;
    private final BackgroundWork background;

    private final ReadOnlyObjectWrapper<Article> stored = new ReadOnlyObjectWrapper<>();
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty standfirst = new SimpleStringProperty("");
    private final StringProperty dateline = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty byline = new SimpleStringProperty("");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ENGLISH);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<java.time.OffsetDateTime> embargo = new SimpleObjectProperty<>();
    private final StringProperty featuredImage = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.NONE);
    private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper("");
    private final PauseTransition autosaveTimer = new PauseTransition(AUTOSAVE_DELAY);

    private Supplier<Document> bodySource = () -> Document.EMPTY;
    private Consumer<Document> bodySink = d -> { };
    private Consumer<Article> onSaved = a -> { };
    private Consumer<Conflict> onConflict = c -> { };
    private boolean loading;
    private long edits;
    private final javafx.beans.property.ReadOnlyLongWrapper editCount = new javafx.beans.property.ReadOnlyLongWrapper();
    private int pendingSaves;
    /** What our last save stored; written on the library thread, read there by the next save. */
    private final java.util.concurrent.atomic.AtomicReference<Article> lastSaved =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** A save that was refused because the stored article moved on. */
    public record Conflict(Article mine, String message) {
    }

    private final org.newsdesk.i18n.Messages t;

    public EditorViewModel(org.newsdesk.i18n.Messages t, ArticleService articles, BackgroundWork background) {
        this.t = t;
        this.articles = articles;
        this.background = background;
        autosaveTimer.setOnFinished(e -> autosave());
        for (Observable o : List.<Observable>of(headline, standfirst, dateline, date, byline, language, tags, embargo,
                featuredImage)) {
            o.addListener(x -> edited());
        }
    }

    /** Connects the body editor: where the body is read from and loaded into. */
    public void attachBody(Supplier<Document> source, Consumer<Document> sink) {
        this.bodySource = source;
        this.bodySink = sink;
    }

    public void setOnSaved(Consumer<Article> onSaved) {
        this.onSaved = onSaved;
    }

    public void setOnConflict(Consumer<Conflict> onConflict) {
        this.onConflict = onConflict;
    }

    /** Shows {@code article} in the form; the caller saved (flushed) the previous one first. */
    public void open(Article article) {
        autosaveTimer.stop();
        loading = true;
        try {
            lastSaved.set(article);
            headline.set(article.headline());
            standfirst.set(article.standfirst());
            dateline.set(article.dateline());
            date.set(article.date());
            byline.set(article.byline());
            language.set(article.language());
            tags.setAll(article.tags());
            embargo.set(article.embargo());
            featuredImage.set(article.featuredImage());
            bodySink.accept(article.body());
            stored.set(article); // last: listeners of the stored article see the form already filled
        } finally {
            loading = false;
        }
        saveState.set(SaveState.SAVED);
        saveMessage.set("");
    }

    /** Shows no article (after it went to the trash). */
    public void close() {
        autosaveTimer.stop();
        lastSaved.set(null);
        stored.set(null);
        saveState.set(SaveState.NONE);
        saveMessage.set("");
    }

    /** Called for every change the user makes, body included. */
    public void edited() {
        if (loading || stored.get() == null) {
            return;
        }
        edits++;
        editCount.set(edits);
        if (saveState.get() != SaveState.CONFLICT) {
            saveState.set(SaveState.UNSAVED);
            autosaveTimer.playFromStart();
        }
    }

    /** The article as the user sees it now, on top of the stored version it was loaded from. */
    public Article current() {
        Article base = stored.get();
        return base.withHeadline(headline.get()).withStandfirst(standfirst.get()).withDateline(dateline.get())
                .withDate(date.get()).withByline(byline.get()).withLanguage(language.get())
                .withTags(List.copyOf(tags)).withEmbargo(embargo.get()).withFeaturedImage(featuredImage.get())
                .withBody(bodySource.get());
    }

    public boolean hasUnsavedChanges() {
        SaveState s = saveState.get();
        return s == SaveState.UNSAVED || s == SaveState.SAVING || s == SaveState.FAILED || s == SaveState.CONFLICT;
    }

    private void autosave() {
        save(null, false);
    }

    /** Ctrl+S: saves now and records a revision. */
    public CompletableFuture<Article> saveNow(String note) {
        return save(note, true);
    }

    /** Saves pending changes now (before opening another article or closing the window). */
    public CompletableFuture<Article> flush() {
        if (stored.get() == null || saveState.get() == SaveState.SAVED || saveState.get() == SaveState.CONFLICT) {
            return CompletableFuture.completedFuture(stored.get());
        }
        return save(null, false);
    }

    private CompletableFuture<Article> save(String note, boolean withRevision) {
        autosaveTimer.stop();
        if (stored.get() == null || saveState.get() == SaveState.CONFLICT) {
            return CompletableFuture.completedFuture(stored.get());
        }
        Article snapshot = current();
        if (!withRevision && pendingSaves == 0 && snapshot.sameContentAs(stored.get())) {
            saveState.set(SaveState.SAVED);
            return CompletableFuture.completedFuture(stored.get());
        }
        long editsAtSave = edits;
        pendingSaves++;
        saveState.set(SaveState.SAVING);
        // Saves queue on the single library thread. Each one is based on the version our previous save
        // produced, so typing during a save never conflicts with ourselves; someone else's save still does.
        return background.run(() -> {
            Article base = lastSaved.get();
            Article toSave = base != null && base.id().equals(snapshot.id())
                    ? snapshot.withStatus(base.status()).withStored(base.version(), base.createdAt(), base.updatedAt())
                    : snapshot;
            Article result = withRevision ? articles.save(toSave, note) : articles.autosave(toSave);
            lastSaved.set(result);
            return result;
        }, result -> saved(result, editsAtSave), error -> failed(error, snapshot));
    }

    private void saved(Article result, long editsAtSave) {
        pendingSaves--;
        if (stored.get() == null || !stored.get().id().equals(result.id())) {
            return; // another article was opened meanwhile; this one is stored
        }
        stored.set(result);
        saveMessage.set("");
        if (pendingSaves > 0) {
            return; // a later save is on its way and will report
        }
        if (edits == editsAtSave) {
            saveState.set(SaveState.SAVED);
        } else {
            saveState.set(SaveState.UNSAVED);
            autosaveTimer.playFromStart();
        }
        onSaved.accept(result);
    }

    private void failed(Throwable error, Article snapshot) {
        pendingSaves--;
        if (error instanceof ConflictException) {
            saveState.set(SaveState.CONFLICT);
            saveMessage.set(ErrorReporter.message(t, error));
            onConflict.accept(new Conflict(snapshot, ErrorReporter.message(t, error)));
        } else if (error instanceof NotFoundException && stored.get() != null
                && stored.get().id().equals(snapshot.id())) {
            keepAfterDeletion(snapshot);
        } else {
            saveState.set(SaveState.FAILED);
            saveMessage.set(ErrorReporter.message(t, error));
        }
    }

    /**
     * The open article was deleted for good elsewhere (a colleague emptied the team's trash, another window emptied
     * this library's) while it was being written: what was typed is stored as a new draft and stays open.
     */
    private void keepAfterDeletion(Article mine) {
        Article copy = mine.copyAsNew(java.time.Instant.now()).withSlug(null);
        background.run(() -> articles.create(copy), created -> {
            open(created);
            onSaved.accept(created);
            saveMessage.set(t.get("save.deletedElsewhere"));
        }, this::failedToLoad);
    }

    /** After a conflict: drop my changes and show the stored article. */
    public CompletableFuture<Article> takeTheirs() {
        Article base = stored.get();
        return background.run(() -> articles.get(base.id()), this::open, this::failedToLoad);
    }

    /** After a conflict: store my version as a new draft and open it; theirs stays as it is. */
    public CompletableFuture<Article> keepMineAsCopy(Article mine) {
        Article copy = mine.copyAsNew(java.time.Instant.now()).withSlug(null);
        return background.run(() -> articles.create(copy), created -> {
            open(created);
            onSaved.accept(created);
        }, this::failedToLoad);
    }

    private void failedToLoad(Throwable error) {
        saveState.set(SaveState.FAILED);
        saveMessage.set(ErrorReporter.message(t, error));
    }

    /** Counts the user's changes: followers such as the preview listen to it. */
    public javafx.beans.property.ReadOnlyLongProperty editCountProperty() {
        return editCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Article> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty standfirstProperty() {
        return standfirst;
    }

    public StringProperty datelineProperty() {
        return dateline;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty bylineProperty() {
        return byline;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /** When the article may be published, or null for no embargo. */
    public ObjectProperty<java.time.OffsetDateTime> embargoProperty() {
        return embargo;
    }

    /** The featured image's asset id, or null: shown in the header, used by share cards and ninjs. */
    public StringProperty featuredImageProperty() {
        return featuredImage;
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveMessageProperty() {
        return saveMessage.getReadOnlyProperty();
    }
}
