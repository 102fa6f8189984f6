package org.newsdesk.ui.library;

import org.newsdesk.i18n.Messages;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Language;
import org.newsdesk.model.SearchHit;
import org.newsdesk.model.SearchOrder;
import org.newsdesk.service.ArticleService;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.ErrorReporter;

/**
 * State of the library pane: the search text, the filters and the matching articles. Searches run in the
 * background shortly after the last keystroke; an older search that finishes late is ignored.
 */
public final class LibraryViewModel {
    private final Messages t;
    /** What the list shows without search words: every article, loaded in one background query. */
    private static final int LIST_LIMIT = Integer.MAX_VALUE;
    private static final int SEARCH_LIMIT = 500;

    private final ArticleService articles;
    private final BackgroundWork background;
    private final java.util.concurrent.Callable<List<org.newsdesk.model.ArticleSummary>> waitingSource;
    private final BooleanProperty waitingForMe = new SimpleBooleanProperty();

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ArticleStatus> status = new SimpleObjectProperty<>();
    private final StringProperty tag = new SimpleStringProperty();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<SearchOrder> order = new SimpleObjectProperty<>(SearchOrder.NEWEST);
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final PauseTransition debounce = new PauseTransition(Duration.millis(120));
    /** In a team library: who else has which article open ("Omar is editing"). */
    private final javafx.collections.ObservableMap<java.util.UUID, String> editing =
            FXCollections.observableHashMap();
    private long generation;
    private final java.util.function.Function<java.util.Collection<java.util.UUID>,
            java.util.Map<java.util.UUID, List<org.newsdesk.model.LanguageBadge>>> setBadges;
    private final javafx.collections.ObservableMap<java.util.UUID, List<org.newsdesk.model.LanguageBadge>> badges =
            FXCollections.observableHashMap();

    public LibraryViewModel(Messages t, ArticleService articles, BackgroundWork background) {
        this(t, articles, background, List::of);
    }

    /** @param waitingForMe the articles waiting for the current user (the workflow's {@code waitingForMe}) */
    public LibraryViewModel(Messages t, ArticleService articles, BackgroundWork background,
                            java.util.concurrent.Callable<List<org.newsdesk.model.ArticleSummary>> waitingForMe) {
        this(t, articles, background, waitingForMe, ids -> java.util.Map.of());
    }

    /**
     * @param setBadges the language badges of the listed articles' translation sets (the translation service's
     *                  {@code badges}), read after each search
     */
    public LibraryViewModel(Messages t, ArticleService articles, BackgroundWork background,
                            java.util.concurrent.Callable<List<org.newsdesk.model.ArticleSummary>> waitingForMe,
                            java.util.function.Function<java.util.Collection<java.util.UUID>,
                                    java.util.Map<java.util.UUID, List<org.newsdesk.model.LanguageBadge>>> setBadges) {
        this.t = t;
        this.setBadges = setBadges;
        this.articles = articles;
        this.background = background;
        this.waitingSource = waitingForMe;
        this.waitingForMe.addListener((o, a, b) -> refresh());
        debounce.setOnFinished(e -> refresh());
        searchText.addListener((o, a, b) -> debounce.playFromStart());
        status.addListener((o, a, b) -> refresh());
        tag.addListener((o, a, b) -> refresh());
        language.addListener((o, a, b) -> refresh());
        order.addListener((o, a, b) -> refresh());
    }

    public ArticleFilter filter() {
        boolean hasText = !searchText.get().isBlank();
        return new ArticleFilter(searchText.get(), status.get(), tag.get(), language.get(), null, null,
                hasText ? order.get() : SearchOrder.NEWEST, hasText ? SEARCH_LIMIT : LIST_LIMIT);
    }

    /** Runs the search now (also after saves, so the list shows the new headline). */
    public void refresh() {
        refresh(r -> { });
    }

    /** Runs the typed search without waiting for the typing pause (Enter), then hands over its results. */
    public void searchNow(Consumer<List<SearchHit>> then) {
        debounce.stop();
        refresh(then);
    }

    public void refresh(Consumer<List<SearchHit>> then) {
        long mine = ++generation;
        ArticleFilter filter = filter();
        boolean onlyWaiting = waitingForMe.get();
        searching.set(true);
        background.run(() -> onlyWaiting ? waiting(articles.search(filter)) : articles.search(filter), hits -> {
            if (mine != generation) {
                return; // a newer search was started meanwhile
            }
            results.setAll(hits);
            searching.set(false);
            loadBadges(hits, mine);
            summary.set(describe(hits.size(), filter, onlyWaiting));
            then.accept(hits);
        }, error -> {
            searching.set(false);
            summary.set(ErrorReporter.message(t, error));
        });
    }

    /** Reads the set badges of the listed articles after the list itself is shown. */
    private void loadBadges(List<SearchHit> hits, long mine) {
        List<java.util.UUID> ids = hits.stream().map(h -> h.article().id()).toList();
        background.run(() -> setBadges.apply(ids), found -> {
            if (mine == generation) {
                badges.clear();
                badges.putAll(found);
            }
        }, error -> { });
    }

    /** The listed articles' translation-set badges (only articles that share a set have some). */
    public javafx.collections.ObservableMap<java.util.UUID, List<org.newsdesk.model.LanguageBadge>> badges() {
        return badges;
    }

    /** Keeps the hits that wait for the current user (the other filters still apply). */
    private List<SearchHit> waiting(List<SearchHit> hits) throws Exception {
        java.util.Set<java.util.UUID> mine = new java.util.HashSet<>();
        waitingSource.call().forEach(a -> mine.add(a.id()));
        return hits.stream().filter(h -> mine.contains(h.article().id())).toList();
    }

    /** Reloads the tag names offered by the tag filter (after saves and imports). */
    public void refreshTags() {
        background.run(articles::tags, tags -> knownTags.setAll(tags.stream().map(t -> t.name()).toList()), e -> { });
    }

    private String describe(int n, ArticleFilter filter, boolean onlyWaiting) {
        String what = filter.hasText() ? t.get(n >= SEARCH_LIMIT ? "library.summary.first" : "library.summary.matches", n)
                : t.get("library.summary.articles", n);
        return onlyWaiting ? t.get("library.summary.waiting", what) : what;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<ArticleStatus> statusProperty() {
        return status;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** Shows only the articles waiting for the current user: in review for an editor, sent back for a writer. */
    public BooleanProperty waitingForMeProperty() {
        return waitingForMe;
    }

    public ObjectProperty<SearchOrder> orderProperty() {
        return order;
    }

    /** Article id → the colleague who has it open; the list marks those rows. */
    public javafx.collections.ObservableMap<java.util.UUID, String> editing() {
        return editing;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    public ObservableList<String> knownTags() {
        return knownTags;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
