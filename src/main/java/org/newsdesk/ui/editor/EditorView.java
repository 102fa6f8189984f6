package org.newsdesk.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.model.ValidationException;

/**
 * The editor pane: the metadata form (headline with its counter, standfirst, dateline, date, byline,
 * language, tags) above the body. Fields follow the language's direction, so Arabic metadata reads RTL.
 */
public final class EditorView {
    private final EditorViewModel model;
    private final VBox root = new VBox();
    private final TextField headline = new TextField();
    private final StackPane empty = new StackPane(new Label("Open an article from the library, or press Ctrl+N."));
    private final VBox form;

    public EditorView(EditorViewModel model, Node body, ObservableList<String> knownTags) {
        this(model, body, knownTags, null);
    }

    /** @param featuredImage the featured image bar, shown under the tags; null for none */
    public EditorView(EditorViewModel model, Node body, ObservableList<String> knownTags, Node featuredImage) {
        this.model = model;
        root.getStyleClass().add("editor-pane");

        headline.setId("headline");
        headline.setPromptText("Headline");
        headline.getStyleClass().add("headline-field");
        headline.textProperty().bindBidirectional(model.headlineProperty());
        Label counter = new Label();
        counter.setId("headline-counter");
        counter.getStyleClass().add("headline-counter");
        counter.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.headlineProperty().get().codePointCount(0, model.headlineProperty().get().length());
            return n + " / " + Article.HEADLINE_SOFT_LIMIT;
        }, model.headlineProperty()));
        model.headlineProperty().addListener((o, a, text) -> updateCounterWarning(counter, text));

        TextArea standfirst = new TextArea();
        standfirst.setId("standfirst");
        standfirst.setPromptText("Standfirst: the summary under the headline");
        standfirst.setWrapText(true);
        standfirst.setPrefRowCount(2);
        standfirst.getStyleClass().add("standfirst-field");
        standfirst.textProperty().bindBidirectional(model.standfirstProperty());
        tabMovesFocus(standfirst);

        TextField dateline = new TextField();
        dateline.setId("dateline");
        dateline.setPromptText("Dateline (place)");
        dateline.textProperty().bindBidirectional(model.datelineProperty());

        DatePicker date = new DatePicker();
        date.setId("date");
        date.setPromptText("Date");
        date.valueProperty().bindBidirectional(model.dateProperty());
        date.setMaxWidth(Double.MAX_VALUE);
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));

        TextField byline = new TextField();
        byline.setId("byline");
        byline.setPromptText("Byline");
        byline.textProperty().bindBidirectional(model.bylineProperty());

        ComboBox<Language> language = languageBox();
        language.valueProperty().bindBidirectional(model.languageProperty());

        TagsField tags = new TagsField(model.tags(), knownTags);
        tags.setId("tags");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("metadata-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setPercentWidth(50);
        grid.getColumnConstraints().addAll(wide, wide);
        HBox headlineRow = new HBox(8, headline, counter);
        headlineRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(headline, Priority.ALWAYS);
        // added in reading order: Tab follows it
        grid.add(headlineRow, 0, 0, 2, 1);
        grid.add(standfirst, 0, 1, 2, 1);
        grid.add(dateline, 0, 2);
        grid.add(date, 1, 2);
        grid.add(byline, 0, 3);
        grid.add(language, 1, 3);
        grid.add(tags, 0, 4, 2, 1);
        if (featuredImage != null) {
            grid.add(featuredImage, 0, 5, 2, 1);
        }

        VBox.setVgrow(body, Priority.ALWAYS);
        form = new VBox(10, grid, body);
        form.getStyleClass().add("editor-form");
        VBox.setVgrow(form, Priority.ALWAYS);
        empty.getStyleClass().add("editor-empty");
        VBox.setVgrow(empty, Priority.ALWAYS);
        root.getChildren().setAll(empty);

        model.storedProperty().addListener((o, old, article) -> root.getChildren().setAll(article == null ? empty : form));
        model.languageProperty().addListener((o, old, lang) -> applyDirection(lang, headline, standfirst, dateline,
                byline, tags));
    }

    public Node node() {
        return root;
    }

    public void focusHeadline() {
        headline.requestFocus();
        headline.end();
    }

    private static void updateCounterWarning(Label counter, String text) {
        boolean tooLong = text.codePointCount(0, text.length()) > Article.HEADLINE_SOFT_LIMIT;
        counter.getStyleClass().remove("danger");
        if (tooLong) {
            counter.getStyleClass().add("danger");
        }
        counter.setTooltip(tooLong ? new javafx.scene.control.Tooltip("Headlines over "
                + Article.HEADLINE_SOFT_LIMIT + " characters are cut off in search results and social cards.") : null);
    }

    private static void applyDirection(Language lang, Node... fields) {
        NodeOrientation o = lang != null && lang.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT;
        for (Node f : fields) {
            f.setNodeOrientation(o);
        }
    }

    /** In the multi-line standfirst, Tab moves on like in every other field instead of typing a tab. */
    private static void tabMovesFocus(TextInputControl field) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // Ctrl+Tab is the text area's own "move focus" key
                field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
    }

    private static ComboBox<Language> languageBox() {
        ComboBox<Language> box = new ComboBox<>();
        box.setId("language");
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getItems().setAll(Language.of("en"), Language.of("fr"), Language.of("ar"), Language.of("es"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : l.tag() + " — " + l.locale().getDisplayLanguage(java.util.Locale.ENGLISH);
            }

            @Override
            public Language fromString(String s) {
                String tag = s == null ? "" : s.split("—")[0].strip();
                try {
                    return Language.of(tag);
                } catch (ValidationException e) {
                    return box.getValue(); // keep the last valid language
                }
            }
        });
        return box;
    }
}
