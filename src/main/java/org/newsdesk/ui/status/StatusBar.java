package org.newsdesk.ui.status;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.newsdesk.model.TextStats;
import org.newsdesk.ui.editor.EditorViewModel;
import org.newsdesk.ui.editor.SaveState;

/** Words, characters, reading time and whether everything is saved. */
public final class StatusBar {
    private final HBox root;

    public StatusBar(org.newsdesk.i18n.Messages t, EditorViewModel editor, ObservableIntegerValue words,
                     ObservableIntegerValue characters, Label libraryLabel) {
        Label wordLabel = new Label();
        wordLabel.setId("status-words");
        wordLabel.textProperty().bind(Bindings.createStringBinding(() -> t.get("status.words", words.get()), words));
        Label charLabel = new Label();
        charLabel.setId("status-characters");
        charLabel.textProperty().bind(Bindings.createStringBinding(() -> t.get("status.characters", characters.get()),
                characters));
        Label reading = new Label();
        reading.setId("status-reading");
        reading.textProperty().bind(Bindings.createStringBinding(
                () -> t.get("status.reading", TextStats.readingMinutes(words.get())), words));
        Label save = new Label();
        save.setId("save-state");
        save.textProperty().bind(Bindings.createStringBinding(() -> {
            SaveState s = editor.saveStateProperty().get();
            String detail = editor.saveMessageProperty().get();
            String said = s.key() == null ? "" : t.get(s.key());
            return detail.isEmpty() ? said : t.get("status.save.detail", said, detail);
        }, editor.saveStateProperty(), editor.saveMessageProperty()));
        editor.saveStateProperty().addListener((o, a, s) -> {
            save.getStyleClass().removeAll("success", "warning", "danger");
            switch (s) {
                case SAVED -> save.getStyleClass().add("success");
                case UNSAVED, SAVING -> save.getStyleClass().add("warning");
                case CONFLICT, FAILED -> save.getStyleClass().add("danger");
                default -> { }
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        libraryLabel.getStyleClass().add("status-library");
        root = new HBox(16, wordLabel, charLabel, reading, spacer, libraryLabel, save);
        root.getStyleClass().add("status-bar");
        root.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        root.setAccessibleText(t.get("status.name"));
        for (Node n : root.getChildren()) {
            n.visibleProperty().bind(Bindings.isNotNull(editor.storedProperty()).or(Bindings.createBooleanBinding(
                    () -> n == libraryLabel)));
        }
    }

    /** Adds a part at the right end (the team library's sync state). */
    public void addAtEnd(Node part) {
        root.getChildren().add(part);
    }

    public Node node() {
        return root;
    }
}
