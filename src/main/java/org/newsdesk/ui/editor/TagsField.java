package org.newsdesk.ui.editor;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Tags as chips, with a text field that suggests existing tags as you type. Enter or comma adds the typed
 * tag, Backspace in the empty field removes the last chip, each chip has a remove button.
 */
public final class TagsField extends FlowPane {
    private static final int MAX_SUGGESTIONS = 8;

    private final ObservableList<String> tags;
    private final ObservableList<String> known;
    private final TextField input = new TextField();
    private final ContextMenu suggestions = new ContextMenu();

    private final org.newsdesk.i18n.Messages t;

    public TagsField(org.newsdesk.i18n.Messages t, ObservableList<String> tags, ObservableList<String> known) {
        super(6, 6);
        this.t = t;
        this.tags = tags;
        this.known = known;
        getStyleClass().add("tags-field");
        input.setPromptText(t.get("tags.add.prompt"));
        input.setAccessibleText(t.get("tags.add.name"));
        input.setAccessibleHelp(t.get("tags.add.help"));
        input.setId("tags-input");
        input.setPrefColumnCount(10);
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (suggestions.isShowing() && input.getText().isBlank()) {
                    return;
                }
                commit(input.getText());
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !tags.isEmpty()) {
                tags.remove(tags.size() - 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                suggestions.hide();
            }
        });
        input.textProperty().addListener((o, a, text) -> {
            if (text.contains(",")) {
                // changing the text inside its own listener upsets the caret: commit right after
                javafx.application.Platform.runLater(() -> {
                    for (String part : input.getText().split(",")) {
                        commit(part);
                    }
                });
            } else {
                suggest(text);
            }
        });
        input.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                suggestions.hide();
            }
        });
        tags.addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    public TextField input() {
        return input;
    }

    private void commit(String text) {
        String tag = text.strip().replaceAll("\\s+", " ");
        input.clear();
        suggestions.hide();
        if (tag.isEmpty() || tags.stream().anyMatch(t -> t.equalsIgnoreCase(tag))) {
            return;
        }
        // use the library's spelling of a tag that exists already
        String canonical = known.stream().filter(k -> k.equalsIgnoreCase(tag)).findFirst().orElse(tag);
        tags.add(canonical);
    }

    private void suggest(String text) {
        String prefix = text.strip().toLowerCase(Locale.ROOT);
        if (prefix.isEmpty()) {
            suggestions.hide();
            return;
        }
        var matches = known.stream()
                .filter(k -> k.toLowerCase(Locale.ROOT).startsWith(prefix))
                .filter(k -> tags.stream().noneMatch(t -> t.equalsIgnoreCase(k)))
                .limit(MAX_SUGGESTIONS).toList();
        if (matches.isEmpty()) {
            suggestions.hide();
            return;
        }
        suggestions.getItems().setAll(matches.stream().map(m -> {
            MenuItem item = new MenuItem(m);
            item.setOnAction(e -> commit(m));
            return item;
        }).toList());
        if (!suggestions.isShowing() && input.getScene() != null && input.getScene().getWindow() != null) {
            suggestions.show(input, Side.BOTTOM, 0, 0);
        }
    }

    private void rebuild() {
        getChildren().clear();
        for (String tag : tags) {
            Label name = new Label(tag);
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll("flat", "button-icon", "chip-remove");
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> tags.remove(tag));
            remove.setAccessibleText(t.get("tags.remove", tag));
            HBox chip = new HBox(2, name, remove);
            chip.getStyleClass().add("tag-chip");
            chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            getChildren().add(chip);
        }
        getChildren().add(input);
    }
}
