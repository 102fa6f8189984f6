package org.newsdesk.ui.library;

import org.newsdesk.i18n.Messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newsdesk.model.ArticleSummary;
import org.newsdesk.model.SearchHit;

/** One row of the library: headline, then status badge, language, date and last change. */
final class ArticleCell extends ListCell<SearchHit> {
    private final Messages t;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK);

    private static final DateTimeFormatter EMBARGO = DateTimeFormatter.ofPattern("d MMM HH:mm xxx", Locale.UK);

    /** Two lines of the snippet's 11.5 px text. */
    private static final double SNIPPET_HEIGHT = 32;

    private final Clock clock;
    private final Label headline = new Label();
    private final StatusBadge badge = new StatusBadge();
    private final Label language = new Label();
    private final Label date = new Label();
    private final Label changed = new Label();
    private final SnippetFlow snippet = new SnippetFlow();
    private final Label embargo = new Label();
    private final Label editing = new Label();
    private final java.util.Map<java.util.UUID, String> editors;
    private final VBox box;
    private final HBox setBadges = new HBox(2);
    private final java.util.Map<java.util.UUID, java.util.List<org.newsdesk.model.LanguageBadge>> badges;

    /**
     * @param editors who else has each article open (team libraries), by article id
     * @param badges  the languages of each article's translation set, by article id
     */
    ArticleCell(Messages t, Clock clock, java.util.Map<java.util.UUID, String> editors,
                java.util.Map<java.util.UUID, java.util.List<org.newsdesk.model.LanguageBadge>> badges) {
        this.t = t;
        this.clock = clock;
        this.editors = editors;
        this.badges = badges;
        editing.getStyleClass().add("article-editing");
        editing.setMinWidth(Region.USE_PREF_SIZE);
        setBadges.getStyleClass().add("set-badges");
        setBadges.setMinWidth(Region.USE_PREF_SIZE);
        headline.getStyleClass().add("article-headline");
        headline.setWrapText(false);
        language.getStyleClass().add("article-language");
        date.getStyleClass().add("article-meta");
        changed.getStyleClass().add("article-meta");
        // two lines of context at most: the flow wraps, the cell gives it two lines' height and clips the rest
        snippet.setMaxHeight(SNIPPET_HEIGHT);
        snippet.setMinHeight(0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(snippet.widthProperty());
        clip.heightProperty().bind(snippet.heightProperty());
        snippet.setClip(clip);
        embargo.getStyleClass().add("article-embargo");
        embargo.setMinWidth(Region.USE_PREF_SIZE);
        for (Label l : new Label[] {badge, language, changed}) {
            l.setMinWidth(Region.USE_PREF_SIZE); // the date gives way first when the pane is narrow
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox meta = new HBox(6, badge, language, setBadges, embargo, editing, date, spacer, changed);
        box = new VBox(3, headline, meta, snippet);
        box.getStyleClass().add("article-cell");
        setPrefWidth(0); // let the list's width decide; long headlines are cut with an ellipsis
    }

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        ArticleSummary a = hit.article();
        headline.setText(a.headline().isBlank() ? t.get("article.untitled") : a.headline());
        org.newsdesk.ui.common.InterfaceDirection.articleText(headline, a.language().isRightToLeft());
        badge.show(a.status(), t);
        java.util.List<org.newsdesk.model.LanguageBadge> set = badges.getOrDefault(a.id(), java.util.List.of());
        // an article in a set shows the set's languages instead of its own alone: EN FR AR, outdated ones marked
        language.setText(set.isEmpty() ? a.language().tag().toUpperCase(Locale.ROOT) : "");
        language.setVisible(set.isEmpty());
        language.setManaged(set.isEmpty());
        setBadges.getChildren().setAll(set.stream().map(ArticleCell::badge).toList());
        date.setText(a.date() == null ? "" : t.date(a.date()));
        changed.setText(ago(a.updatedAt()));
        boolean embargoed = a.embargo() != null && a.embargo().toInstant().isAfter(clock.instant());
        embargo.setText(embargoed ? t.get("library.embargo", t.shortDateTime(a.embargo().toInstant(), clock.getZone())) : "");
        embargo.setVisible(embargoed);
        embargo.setManaged(embargoed);
        String editor = editors.get(a.id());
        editing.setText(editor == null ? "" : t.get("library.editing", editor));
        editing.setVisible(editor != null);
        editing.setManaged(editor != null);
        snippet.show(hit, a.language());
        // a screen reader reads the row as one line: the graphic's labels are not its text
        setAccessibleText(t.get("a11y.library.row", headline.getText(), badge.getText(),
                org.newsdesk.ui.common.Labels.language(t, a.language())));
        setGraphic(box);
        setText(null);
    }

    private static Label badge(org.newsdesk.model.LanguageBadge b) {
        Label label = new Label(b.language().tag().toUpperCase(Locale.ROOT) + (b.outdated() ? "!" : ""));
        label.getStyleClass().addAll("language-badge", b.outdated() ? "outdated" : "present");
        label.setMinWidth(Region.USE_PREF_SIZE); // a narrow list cuts the headline, never a badge
        if (b.self()) {
            label.getStyleClass().add("self");
        }
        return label;
    }

    private String ago(Instant when) {
        Duration d = Duration.between(when, clock.instant());
        if (d.toMinutes() < 1) {
            return t.get("library.justNow");
        }
        if (d.toHours() < 1) {
            return t.get("library.minutesAgo", d.toMinutes());
        }
        if (d.toDays() < 1) {
            return t.get("library.hoursAgo", d.toHours());
        }
        return d.toDays() < 60 ? t.get("library.daysAgo", d.toDays()) : t.date(when.atZone(clock.getZone()).toLocalDate());
    }
}
