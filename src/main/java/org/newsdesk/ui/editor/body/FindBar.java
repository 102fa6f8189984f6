package org.newsdesk.ui.editor.body;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The find (and replace) bar above the body: query, options, match count, and the buttons. */
final class FindBar extends HBox {

    final TextField query = new TextField();
    final TextField replacement = new TextField();
    final CheckBox matchCase;
    final CheckBox wholeWord;
    final Label count = new Label();
    private final Button replaceButton;
    private final Button replaceAllButton;
    private final org.newsdesk.i18n.Messages t;
    private final FindReplace findReplace;
    private final Runnable onClose;

    FindBar(org.newsdesk.i18n.Messages t, FindReplace findReplace, Runnable onClose) {
        this.t = t;
        matchCase = new CheckBox(t.get("find.matchCase"));
        wholeWord = new CheckBox(t.get("find.wholeWords"));
        replaceButton = new Button(t.get("find.replace"));
        replaceAllButton = new Button(t.get("find.replaceAll"));
        this.findReplace = findReplace;
        this.onClose = onClose;
        getStyleClass().add("find-bar");
        getStylesheets().add(FindBar.class.getResource("find-bar.css").toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        query.setPromptText(t.get("find.prompt"));
        query.setAccessibleText(t.get("find.prompt"));
        query.setId("find-query");
        replacement.setPromptText(t.get("find.replaceWith"));
        replacement.setAccessibleText(t.get("find.replaceWith"));
        replacement.setId("find-replacement");
        count.getStyleClass().add("match-count");
        count.setId("find-count");
        replaceAllButton.setId("find-replace-all");
        HBox.setHgrow(query, Priority.SOMETIMES);
        Button previous = new Button("↑");
        Button next = new Button("↓");
        Button close = new Button("✕");
        previous.setOnAction(e -> findReplace.previous());
        next.setOnAction(e -> findReplace.next());
        close.setOnAction(e -> onClose.run());
        previous.setAccessibleText(t.get("find.previous"));
        previous.setTooltip(new javafx.scene.control.Tooltip(t.get("find.previous")));
        next.setAccessibleText(t.get("find.next"));
        next.setTooltip(new javafx.scene.control.Tooltip(t.get("find.next")));
        close.setAccessibleText(t.get("find.close"));
        close.setTooltip(new javafx.scene.control.Tooltip(t.get("find.close")));
        replaceButton.setOnAction(e -> findReplace.replaceCurrent(replacement.getText()));
        replaceAllButton.setOnAction(e -> findReplace.replaceAll(replacement.getText()));
        getChildren().addAll(query, matchCase, wholeWord, count, previous, next, replacement, replaceButton,
                replaceAllButton, close);
        for (var n : new javafx.scene.Node[] {replacement, replaceButton, replaceAllButton}) {
            n.managedProperty().bind(n.visibleProperty());
        }
        count.textProperty().bind(Bindings.createStringBinding(this::countText,
                findReplace.matchCountProperty(), findReplace.currentMatchProperty(), query.textProperty()));
        query.textProperty().addListener((obs, old, text) -> search());
        matchCase.selectedProperty().addListener((obs, old, on) -> search());
        wholeWord.selectedProperty().addListener((obs, old, on) -> search());
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    findReplace.previous();
                } else {
                    findReplace.next();
                }
                e.consume();
            }
        });
        // A filter, because the text fields consume Escape themselves.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
    }

    void open(boolean withReplace) {
        setVisible(true);
        replacement.setVisible(withReplace);
        replaceButton.setVisible(withReplace);
        replaceAllButton.setVisible(withReplace);
        search();
        query.requestFocus();
        query.selectAll();
    }

    void search() {
        findReplace.search(query.getText(), new TextSearch.Options(matchCase.isSelected(), wholeWord.isSelected()));
    }

    private String countText() {
        int total = findReplace.matchCountProperty().get();
        if (query.getText().isEmpty()) {
            return "";
        }
        if (total == 0) {
            return t.get("find.none");
        }
        int current = findReplace.currentMatchProperty().get();
        return current > 0 ? t.get("find.position", current, total) : t.get("find.count", total);
    }
}
