package org.newsdesk.ui.library;

import org.newsdesk.i18n.Messages;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.ArticleSummary;
import org.newsdesk.model.Language;
import org.newsdesk.model.SearchHit;
import org.newsdesk.model.SearchOrder;

/** The library pane: search box, filters and the (virtualised) list of articles. */
public final class LibraryView {
    private final Messages t;
    private static final List<Language> LANGUAGES = List.of(Language.of("en"), Language.of("fr"), Language.of("ar"));

    private final LibraryViewModel model;
    private final VBox root = new VBox(8);
    private final TextField search = new TextField();
    private final ListView<SearchHit> list = new ListView<>();

    public LibraryView(Messages t, LibraryViewModel model, Clock clock, Consumer<ArticleSummary> onOpen) {
        this.t = t;
        this.model = model;
        root.getStyleClass().add("library-pane");

        search.setPromptText(t.get("library.search.prompt"));
        search.setId("library-search");
        org.newsdesk.ui.common.Accessible.named(search, t.get("a11y.library.search"), t.get("a11y.library.search.help"));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                model.searchNow(hits -> { // the results of what is typed now, not of the last pause
                    if (!hits.isEmpty()) {
                        list.getSelectionModel().clearSelection(); // reopens the first result if it was selected
                        list.getSelectionModel().selectFirst();
                    }
                });
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        FontIcon searchIcon = new FontIcon(Feather.SEARCH);
        HBox searchRow = new HBox(6, searchIcon, search);
        searchRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<ArticleStatus> status = nullableCombo(t.get("library.filter.status"), Arrays.asList(ArticleStatus.values()),
                s -> t.get(s.nameKey()));
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setId("filter-status");
        status.setAccessibleText(t.get("a11y.library.filter.status"));
        ComboBox<String> tag = new ComboBox<>();
        tag.setPromptText(t.get("library.filter.tag"));
        tag.setId("filter-tag");
        tag.setAccessibleText(t.get("a11y.library.filter.tag"));
        model.knownTags().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String current = tag.getValue();
            tag.getItems().setAll(model.knownTags());
            tag.getItems().add(0, null);
            tag.setValue(current);
        });
        tag.setButtonCell(promptCell(t.get("library.filter.tag"), s -> s));
        tag.setCellFactory(v -> promptCell(t.get("library.filter.anyTag"), s -> s));
        tag.valueProperty().bindBidirectional(model.tagProperty());
        ComboBox<Language> language = nullableCombo(t.get("library.filter.language"), LANGUAGES, l -> l.tag().toUpperCase());
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.setId("filter-language");
        language.setAccessibleText(t.get("a11y.library.filter.language"));
        ComboBox<SearchOrder> order = new ComboBox<>();
        order.getItems().setAll(SearchOrder.values());
        order.setConverter(converter(o -> t.get(o == SearchOrder.NEWEST ? "library.order.newest" : "library.order.best")));
        order.valueProperty().bindBidirectional(model.orderProperty());
        order.setTooltip(new javafx.scene.control.Tooltip(t.get("library.order.tip")));
        order.setId("filter-order");
        order.setAccessibleText(t.get("library.order.tip"));
        for (ComboBox<?> c : List.of(status, tag, language, order)) {
            c.setMaxWidth(Double.MAX_VALUE);
            // the same preferred width, so each pair shares its row evenly (a long status name squeezed "Tag" away)
            c.setPrefWidth(100);
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        javafx.scene.control.ToggleButton waiting = new javafx.scene.control.ToggleButton(t.get("library.waiting"),
                new FontIcon(Feather.INBOX));
        waiting.setId("filter-waiting");
        waiting.setAccessibleHelp(t.get("library.waiting.tip"));
        waiting.setTooltip(new javafx.scene.control.Tooltip(t.get("library.waiting.tip")));
        waiting.selectedProperty().bindBidirectional(model.waitingForMeProperty());
        waiting.setMaxWidth(Double.MAX_VALUE);
        HBox filters = new HBox(6, status, tag);
        HBox filters2 = new HBox(6, language, order);

        list.setId("library-list");
        org.newsdesk.ui.common.Accessible.named(list, t.get("a11y.library.list"), t.get("a11y.library.list.help"));
        list.setItems(model.results());
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setCellFactory(v -> new ArticleCell(t, clock, model.editing(), model.badges()));
        model.editing().addListener((javafx.collections.MapChangeListener<java.util.UUID, String>) c -> list.refresh());
        model.badges().addListener((javafx.beans.InvalidationListener) o -> list.refresh());
        list.setPlaceholder(new Label(t.get("library.none")));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, hit) -> {
            if (hit != null) {
                onOpen.accept(hit.article());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label summary = new Label();
        summary.getStyleClass().add("library-summary");
        summary.textProperty().bind(model.summaryProperty());

        root.getChildren().addAll(searchRow, waiting, filters, filters2, list, summary);
    }

    public Node node() {
        return root;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Selects the row of {@code id} if it is listed, without reopening it. */
    public void reveal(java.util.UUID id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).article().id().equals(id)) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().clearAndSelect(i);
                }
                list.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    private static <T> ComboBox<T> nullableCombo(String prompt, List<T> values, java.util.function.Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setButtonCell(promptCell(prompt, name));
        box.setCellFactory(v -> promptCell(prompt, name));
        return box;
    }

    private static <T> javafx.scene.control.ListCell<T> promptCell(String prompt, java.util.function.Function<T, String> name) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : name.apply(item));
            }
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
