package org.newsdesk.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;

/**
 * What a screen reader would call each control a person can Tab to: its accessible text, its own visible text, or
 * the text of a label that names it ({@code labelFor}). A prompt text is not a name: it disappears as soon as
 * something is typed, and JavaFX does not hand it to the screen reader. Read on the FX thread.
 */
final class AccessibleNames {
    private AccessibleNames() {
    }

    /** The nodes of {@code scene} that take the keyboard focus and are showing now. */
    static List<Node> focusable(Scene scene) {
        List<Node> found = new ArrayList<>();
        collect(scene.getRoot(), found);
        return found;
    }

    /** The focusable nodes of {@code scene} with no name, each described by class, id or style class and path. */
    static List<String> unnamed(Scene scene) {
        Map<Node, String> labels = new IdentityHashMap<>();
        labelsFor(scene.getRoot(), labels);
        List<String> problems = new ArrayList<>();
        for (Node node : focusable(scene)) {
            if (name(node, labels).isBlank()) {
                problems.add(describe(node));
            }
        }
        return problems;
    }

    /** The name a screen reader gives {@code node}; empty when it has none. */
    static String name(Node node, Map<Node, String> labels) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            return labeled.getText();
        }
        return labels.getOrDefault(node, "");
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable() && node.getLayoutBounds().getWidth() > 0 && node.getLayoutBounds().getHeight() > 0) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    private static void labelsFor(Node node, Map<Node, String> labels) {
        if (node instanceof Label label && label.getLabelFor() != null && label.getText() != null
                && !label.getText().isBlank()) {
            labels.put(label.getLabelFor(), label.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                labelsFor(child, labels);
            }
        }
    }

    /** "TextField#library-search in BorderPane > SplitPane#main-split > VBox.library-pane > HBox". */
    static String describe(Node node) {
        List<String> path = new ArrayList<>();
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            path.add(0, tag(p));
        }
        return tag(node) + " in " + String.join(" > ", path);
    }

    private static String tag(Node node) {
        String name = node.getClass().getSimpleName().isEmpty() ? node.getClass().getName()
                : node.getClass().getSimpleName();
        if (node.getId() != null) {
            return name + "#" + node.getId();
        }
        return node.getStyleClass().isEmpty() ? name : name + "." + String.join(".", node.getStyleClass());
    }
}
