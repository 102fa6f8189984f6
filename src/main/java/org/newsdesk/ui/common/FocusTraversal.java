package org.newsdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Moves the keyboard focus out of a control that keeps Tab for itself (the body indents with it), to the next or
 * previous control in the scene's order, as Tab does elsewhere. JavaFX 21 has no public call for a traversal.
 */
public final class FocusTraversal {
    private FocusTraversal() {
    }

    /** Focuses the control after {@code from} (or before it, backwards), going round; false if there is none. */
    public static boolean leave(Node from, boolean forward) {
        if (from.getScene() == null) {
            return false;
        }
        List<Node> order = new ArrayList<>();
        collect(from.getScene().getRoot(), from, order);
        int at = order.indexOf(from);
        if (at < 0 || order.size() < 2) {
            return false;
        }
        order.get(Math.floorMod(at + (forward ? 1 : -1), order.size())).requestFocus();
        return true;
    }

    /** The focus-traversable nodes showing, in the scene graph's order (JavaFX's own Tab order); none inside {@code skip}. */
    private static void collect(Node node, Node skip, List<Node> order) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            order.add(node);
        }
        if (node != skip && node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, skip, order);
            }
        }
    }
}
