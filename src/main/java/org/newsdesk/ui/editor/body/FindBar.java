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
    final CheckBox matchCase = new CheckBox("Match case");
    final CheckBox wholeWord = new CheckBox("Whole words");
    final Label count = new Label();
    private final Button replaceButton = new Button("Replace");
    private final Button replaceAllButton = new Button("Replace all");
    private final FindReplace findReplace;
    private final Runnable onClose;

    FindBar(FindReplace findReplace, Runnable onClose) {
        this.findReplace = findReplace;
        this.onClose = onClose;
        getStyleClass().add("find-bar");
        getStylesheets().add(FindBar.class.getResource("find-bar.css").toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        query.setPromptText("Find");
        query.setId("find-query");
        replacement.setPromptText("Replace with");
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
            return "No matches";
        }
        int current = findReplace.currentMatchProperty().get();
        return current > 0 ? current + " of " + total : total + (total == 1 ? " match" : " matches");
    }
}
