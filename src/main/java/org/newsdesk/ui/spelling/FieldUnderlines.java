package org.newsdesk.ui.spelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import org.newsdesk.model.Mistake;

/**
 * Underlines mistakes in a one-line {@link TextField} (the headline) on a mouse-transparent layer above it,
 * from the field's own text node ({@code Text.rangeShape}), redrawn whenever the text scrolls, changes or the
 * field is laid out. A mistake whose word is no longer at its place is not drawn.
 */
final class FieldUnderlines extends Pane {

    private final TextField field;
    private List<Mistake> mistakes = List.of();

    FieldUnderlines(TextField field) {
        this.field = field;
        setMouseTransparent(true);
        setManaged(true);
        getStyleClass().add("field-underlines");
        field.textProperty().addListener(o -> requestLayout());
        field.caretPositionProperty().addListener(o -> requestLayout());
        field.layoutBoundsProperty().addListener(o -> requestLayout());
        field.nodeOrientationProperty().addListener(o -> requestLayout());
    }

    void show(List<Mistake> shown) {
        this.mistakes = List.copyOf(shown);
        requestLayout();
    }

    List<Mistake> mistakes() {
        return valid();
    }

    /** The mistake at character {@code index} of the field's text. */
    Optional<Mistake> at(int index) {
        return valid().stream().filter(m -> m.start() <= index && index <= m.end()).findFirst();
    }

    private List<Mistake> valid() {
        String text = field.getText() == null ? "" : field.getText();
        return mistakes.stream().filter(m -> m.end() <= text.length()
                && text.substring(m.start(), m.end()).equals(m.word())).toList();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        List<Node> lines = new ArrayList<>();
        Text text = field.lookup(".text") instanceof Text t ? t : null;
        if (text != null && text.getScene() != null) {
            for (Mistake m : valid()) {
                Path path = new Path(text.rangeShape(m.start(), m.end()));
                if (path.getElements().isEmpty()) {
                    continue;
                }
                // the shape is in the text node's coordinates: bring it onto this layer
                Bounds inScene = text.localToScene(path.getBoundsInLocal());
                Bounds here = sceneToLocal(inScene);
                Bounds visible = sceneToLocal(field.localToScene(field.getLayoutBounds()));
                double left = Math.max(here.getMinX(), visible.getMinX() + 4);
                double right = Math.min(here.getMaxX(), visible.getMaxX() - 4);
                if (right <= left) {
                    continue; // scrolled out of sight
                }
                javafx.scene.shape.Rectangle line = new javafx.scene.shape.Rectangle(left,
                        here.getMaxY() - Underline.THICKNESS + 1, right - left, Underline.THICKNESS);
                line.setFill(Underline.paint(m.kind()));
                line.getStyleClass().add(Underline.styleClass(m.kind()));
                lines.add(line);
            }
        }
        getChildren().setAll(lines);
    }
}
