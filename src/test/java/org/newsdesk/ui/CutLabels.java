package org.newsdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Labels, buttons and boxes whose text is drawn shortened ("Embar…"), as a reader would see them. Call on the FX thread. */
final class CutLabels {
    private CutLabels() {
    }

    /** Each shortened text under {@code root} as "full text drawn as shortened". */
    static List<String> under(Node root) {
        List<String> cut = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                String drawn = drawnText(labeled);
                if (drawn != null && !drawn.equals(labeled.getText())) {
                    cut.add(labeled.getText() + " drawn as " + drawn);
                }
            }
        });
        return cut;
    }

    private static String drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return null;
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        if (!node.isVisible()) {
            return;
        }
        visit.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }
}
