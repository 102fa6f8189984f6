package org.newsdesk.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.newsdesk.model.Article;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Language;
import org.newsdesk.model.ValidationException;
import org.newsdesk.ui.editor.body.WrappingTextField;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.common.Labels;
import org.newsdesk.ui.common.LocalDates;

/**
 * The editor pane: headline (with its counter) and standfirst, the article's details folded to one line, the
 * formatting toolbar and the body, which gets the rest of the height. Fields follow the language's direction,
 * so Arabic metadata reads RTL.
 */
public final class EditorView {
    private final EditorViewModel model;
    private final VBox root = new VBox();
    private final TextField headline = new TextField();
    /** The headline with room on top of it for underlines (spelling). */
    private final StackPane headlineBox = new StackPane(headline);
    private final WrappingTextField standfirst = new WrappingTextField(2, 5);
    private final StackPane empty;
    private final Messages t;
    private final VBox form;
    private final DetailsStrip details;

    /** @param featuredImage the featured image bar, shown under the tags; null for none */
    public EditorView(Messages t, EditorViewModel model, Node body, Node toolbar, ObservableList<String> knownTags,
                      Node featuredImage) {
        this.model = model;
        this.t = t;
        empty = new StackPane(new Label(t.get("editor.empty")));
        root.getStyleClass().add("editor-pane");

        headline.setId("headline");
        headline.setPromptText(t.get("editor.headline.prompt"));
        headline.setAccessibleText(t.get("editor.headline.name"));
        headline.getStyleClass().add("headline-field");
        headline.textProperty().bindBidirectional(model.headlineProperty());
        Label counter = new Label();
        counter.setId("headline-counter");
        counter.getStyleClass().add("headline-counter");
        counter.setAccessibleText(t.get("editor.headline.counter.name"));
        counter.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.headlineProperty().get().codePointCount(0, model.headlineProperty().get().length());
            return t.get("editor.headline.counter", n, Article.HEADLINE_SOFT_LIMIT);
        }, model.headlineProperty()));
        model.headlineProperty().addListener((o, a, text) -> updateCounterWarning(counter, text));

        // Not a TextArea: JavaFX 21 draws a wrapped right-to-left TextArea's last line on every line
        // (shared/notes/arabic-on-javafx.md). This field is the body editor's area, with its workarounds.
        standfirst.area().setId("standfirst");
        standfirst.setPromptText(t.get("editor.standfirst.prompt"));
        standfirst.area().setAccessibleText(t.get("editor.standfirst.name"));
        standfirst.node().getStyleClass().add("standfirst-field");
        standfirst.textProperty().bindBidirectional(model.standfirstProperty());

        TextField dateline = new TextField();
        dateline.setId("dateline");
        dateline.setPromptText(t.get("editor.dateline.prompt"));
        dateline.setAccessibleText(t.get("editor.dateline.name"));
        dateline.textProperty().bindBidirectional(model.datelineProperty());

        DatePicker date = new DatePicker();
        date.setId("date");
        date.setPromptText(t.get("editor.date.prompt"));
        date.setAccessibleText(t.get("editor.date.name"));
        date.valueProperty().bindBidirectional(model.dateProperty());
        date.setMaxWidth(Double.MAX_VALUE);
        date.setConverter(new LocalDates(t));

        TextField byline = new TextField();
        byline.setId("byline");
        byline.setPromptText(t.get("editor.byline.prompt"));
        byline.setAccessibleText(t.get("editor.byline.name"));
        byline.textProperty().bindBidirectional(model.bylineProperty());

        ComboBox<Language> language = languageBox(t);
        language.setAccessibleText(t.get("editor.language.name"));
        language.valueProperty().bindBidirectional(model.languageProperty());

        TagsField tags = new TagsField(t, model.tags(), knownTags);
        tags.setId("tags");

        headlineBox.setAlignment(Pos.TOP_LEFT);
        HBox headlineRow = new HBox(8, headlineBox, counter);
        headlineRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(headlineBox, Priority.ALWAYS);
        VBox writing = new VBox(6, headlineRow, standfirst.node());

        // the details, in reading order (Tab follows it); folded to one line unless the user opens them
        GridPane grid = new GridPane();
        grid.getStyleClass().add("metadata-grid");
        grid.setId("details-fields");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setPercentWidth(50);
        grid.getColumnConstraints().addAll(wide, wide);
        grid.add(dateline, 0, 0);
        grid.add(date, 1, 0);
        grid.add(byline, 0, 1);
        grid.add(language, 1, 1);
        grid.add(tags, 0, 2, 2, 1);
        grid.add(new EmbargoField(t, model.embargoProperty()), 0, 3, 2, 1);
        if (featuredImage != null) {
            grid.add(featuredImage, 0, 4, 2, 1);
        }
        details = new DetailsStrip(t, grid, dateline, Bindings.createObjectBinding(() -> new DetailsSummary(t,
                        model.datelineProperty().get(), model.dateProperty().get(), model.bylineProperty().get(),
                        model.languageProperty().get(), model.tags(), model.embargoProperty().get(),
                        model.featuredImageProperty().get() != null),
                model.datelineProperty(), model.dateProperty(), model.bylineProperty(), model.languageProperty(),
                model.tags(), model.embargoProperty(), model.featuredImageProperty()));
        standfirst.setTabActions(headline::requestFocus, details::enterForward);

        VBox.setVgrow(body, Priority.ALWAYS);
        form = new VBox(8, writing, details.node(), toolbar, body);
        form.getStyleClass().add("editor-form");
        VBox.setVgrow(form, Priority.ALWAYS);
        empty.getStyleClass().add("editor-empty");
        VBox.setVgrow(empty, Priority.ALWAYS);
        root.getChildren().setAll(empty);

        model.storedProperty().addListener((o, old, article) -> root.getChildren().setAll(article == null ? empty : form));
        // the article's own direction, whatever the window's: an English article in an Arabic window reads LTR
        applyDirection(model.languageProperty().get(), headline, dateline, byline, tags);
        body.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // paragraphs set their own direction inside
        standfirst.node().setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        model.languageProperty().addListener((o, old, lang) -> {
            applyDirection(lang, headline, dateline, byline, tags);
            boolean rtl = lang != null && lang.isRightToLeft();
            standfirst.baseDirectionProperty().set(rtl ? Direction.RTL : Direction.LTR);
            for (Node part : java.util.List.of(writing, grid)) {
                part.getStyleClass().remove("rtl-metadata");
                if (rtl) {
                    part.getStyleClass().add("rtl-metadata"); // fields in a font with Arabic punctuation
                }
            }
        });
    }

    public Node node() {
        return root;
    }

    /** The details under the standfirst: shown, or folded to one line. */
    public javafx.beans.property.BooleanProperty detailsOpenProperty() {
        return details.openProperty();
    }

    public TextField headlineField() {
        return headline;
    }

    /** The stack the headline sits in: add a mouse-transparent layer to draw on top of it. */
    public StackPane headlineBox() {
        return headlineBox;
    }

    public WrappingTextField standfirstField() {
        return standfirst;
    }

    public void focusHeadline() {
        headline.requestFocus();
        headline.end();
    }

    private void updateCounterWarning(Label counter, String text) {
        boolean tooLong = text.codePointCount(0, text.length()) > Article.HEADLINE_SOFT_LIMIT;
        counter.getStyleClass().remove("danger");
        if (tooLong) {
            counter.getStyleClass().add("danger");
        }
        counter.setTooltip(tooLong ? new javafx.scene.control.Tooltip(t.get("editor.headline.tooLong",
                Article.HEADLINE_SOFT_LIMIT)) : null);
    }

    private static void applyDirection(Language lang, Node... fields) {
        NodeOrientation o = lang != null && lang.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT;
        for (Node f : fields) {
            f.setNodeOrientation(o);
        }
    }

    private static ComboBox<Language> languageBox(Messages t) {
        ComboBox<Language> box = new ComboBox<>();
        box.setId("language");
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getItems().setAll(Language.of("en"), Language.of("fr"), Language.of("ar"), Language.of("es"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : t.get("editor.language.choice", l.tag(), Labels.language(t, l));
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
