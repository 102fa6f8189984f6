package org.newsdesk.ui.editor.body;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.fxmisc.wellbehaved.event.EventPattern.anyOf;
import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.process;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Scale;
import org.fxmisc.richtext.CaretNode;
import org.fxmisc.richtext.NavigationActions.SelectionPolicy;
import org.fxmisc.wellbehaved.event.InputHandler;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.newsdesk.model.Direction;

/**
 * Makes right-to-left paragraphs editable on JavaFX 21, working around what shared/notes/arabic-on-javafx.md
 * measured: RichTextFX computes the caret, selection and hit positions of a right-to-left {@code TextFlow} as if
 * it were mirrored. So the caret and selection shapes are flipped about the flow's centre, mouse positions over
 * such a paragraph are flipped before RichTextFX sees them, and the arrow keys move in reading order.
 */
final class RightToLeft {

    private RightToLeft() {
    }

    /** Flips RichTextFX's shapes (caret, selection) drawn inside a right-to-left flow. Text nodes are left alone. */
    static void mirrorShapes(TextFlow flow) {
        flow.getChildren().forEach(child -> mirror(flow, child));
        flow.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(child -> mirror(flow, child));
            }
        });
    }

    private static void mirror(TextFlow flow, Node child) {
        if (child instanceof Path path && path.getTransforms().stream().noneMatch(t -> t instanceof MirrorScale)) {
            MirrorScale flip = new MirrorScale();
            flip.pivotXProperty().bind(flow.widthProperty().divide(2));
            path.getTransforms().add(flip);
        }
    }

    /** Marks our own transform so that it is added once. */
    private static final class MirrorScale extends Scale {
        MirrorScale() {
            super(-1, 1);
        }
    }

    static boolean isRightToLeft(BodyArea area, int paragraph) {
        var p = area.getParagraph(paragraph);
        return p.getParagraphStyle().direction().resolve(p.getText()) == Direction.RTL;
    }

    static void install(BodyArea area) {
        MouseMirror mirror = new MouseMirror(area);
        for (EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_DRAGGED,
                MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
            area.addEventFilter(type, mirror::filter);
        }
        Nodes.addInputMap(area, arrowKeys(area));
    }

    /** In a right-to-left paragraph the left arrow goes forward in the text, the right arrow back. */
    private static InputMap<Event> arrowKeys(BodyArea area) {
        Predicate<Object> rtl = e -> isRightToLeft(area, area.getCurrentParagraph());
        return sequence(
                consume(anyOf(keyPressed(KeyCode.LEFT), keyPressed(KeyCode.KP_LEFT)).onlyIf(rtl::test), e -> forward(area)),
                consume(anyOf(keyPressed(KeyCode.RIGHT), keyPressed(KeyCode.KP_RIGHT)).onlyIf(rtl::test), e -> backward(area)),
                consume(keyPressed(KeyCode.LEFT, SHIFT_DOWN).onlyIf(rtl::test), e -> area.nextChar(SelectionPolicy.ADJUST)),
                consume(keyPressed(KeyCode.RIGHT, SHIFT_DOWN).onlyIf(rtl::test), e -> area.previousChar(SelectionPolicy.ADJUST)),
                consume(keyPressed(KeyCode.LEFT, SHORTCUT_DOWN).onlyIf(rtl::test), e -> area.wordBreaksForwards(2, SelectionPolicy.CLEAR)),
                consume(keyPressed(KeyCode.RIGHT, SHORTCUT_DOWN).onlyIf(rtl::test), e -> area.wordBreaksBackwards(2, SelectionPolicy.CLEAR)),
                consume(keyPressed(KeyCode.LEFT, SHORTCUT_DOWN, SHIFT_DOWN).onlyIf(rtl::test), e -> area.wordBreaksForwards(2, SelectionPolicy.ADJUST)),
                consume(keyPressed(KeyCode.RIGHT, SHORTCUT_DOWN, SHIFT_DOWN).onlyIf(rtl::test), e -> area.wordBreaksBackwards(2, SelectionPolicy.ADJUST)),
                process(keyPressed(KeyCode.DOWN), e -> result(verticalMove(area, true, SelectionPolicy.CLEAR))),
                process(keyPressed(KeyCode.UP), e -> result(verticalMove(area, false, SelectionPolicy.CLEAR))),
                process(keyPressed(KeyCode.DOWN, SHIFT_DOWN), e -> result(verticalMove(area, true, SelectionPolicy.ADJUST))),
                process(keyPressed(KeyCode.UP, SHIFT_DOWN), e -> result(verticalMove(area, false, SelectionPolicy.ADJUST))));
    }

    private static InputHandler.Result result(boolean handled) {
        return handled ? InputHandler.Result.CONSUME : InputHandler.Result.PROCEED;
    }

    private static void forward(BodyArea area) {
        if (area.getSelection().getLength() == 0) {
            area.nextChar(SelectionPolicy.CLEAR);
        } else {
            area.moveTo(area.getSelection().getEnd());
        }
    }

    private static void backward(BodyArea area) {
        if (area.getSelection().getLength() == 0) {
            area.previousChar(SelectionPolicy.CLEAR);
        } else {
            area.moveTo(area.getSelection().getStart());
        }
    }

    /** Re-sends mouse events over a right-to-left paragraph with x flipped about the paragraph's centre. */
    private static final class MouseMirror {
        private final BodyArea area;
        private boolean resending;

        MouseMirror(BodyArea area) {
            this.area = area;
        }

        void filter(MouseEvent event) {
            if (resending) {
                return;
            }
            Optional<Bounds> flow = rightToLeftFlowUnder(event);
            if (flow.isEmpty()) {
                return;
            }
            double mirroredX = flow.get().getMinX() + flow.get().getMaxX() - event.getX();
            Point2D scene = area.localToScene(mirroredX, event.getY());
            MouseEvent copy = new MouseEvent(area, area, event.getEventType(), scene.getX(), scene.getY(),
                    event.getScreenX() + mirroredX - event.getX(), event.getScreenY(), event.getButton(),
                    event.getClickCount(), event.isShiftDown(), event.isControlDown(), event.isAltDown(),
                    event.isMetaDown(), event.isPrimaryButtonDown(), event.isMiddleButtonDown(),
                    event.isSecondaryButtonDown(), event.isSynthesized(), event.isPopupTrigger(),
                    event.isStillSincePress(), null);
            event.consume();
            resending = true;
            try {
                Event.fireEvent(area, copy);
            } finally {
                resending = false;
            }
        }

        /** Bounds, in the area, of the right-to-left paragraph flow under the pointer, if there is one. */
        private Optional<Bounds> rightToLeftFlowUnder(MouseEvent event) {
            return rightToLeftFlowAt(area, event.getScreenX(), event.getScreenY());
        }
    }

    /** The bounds, in the area, of the right-to-left paragraph flow at a point on screen, if there is one. */
    static Optional<Bounds> rightToLeftFlowAt(BodyArea area, double screenX, double screenY) {
        for (Node node : area.lookupAll(".rtl")) {
            if (node instanceof TextFlow flow && flow.isVisible()) {
                Bounds onScreen = flow.localToScreen(flow.getLayoutBounds());
                if (onScreen != null && onScreen.getMinY() <= screenY && screenY <= onScreen.getMaxY()) {
                    return Optional.of(area.screenToLocal(onScreen));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Up and down from or into a right-to-left paragraph: RichTextFX would use the mirrored caret position, so
     * go from where the caret really is, one line up or down, and hit-test there (mirrored if need be).
     */
    static boolean verticalMove(BodyArea area, boolean down, SelectionPolicy policy) {
        int paragraph = area.getCurrentParagraph();
        int neighbour = down ? Math.min(paragraph + 1, area.getParagraphs().size() - 1) : Math.max(0, paragraph - 1);
        if (!isRightToLeft(area, paragraph) && !isRightToLeft(area, neighbour)) {
            return false;
        }
        Optional<Bounds> caret = caretOnScreen(area);
        if (caret.isEmpty()) {
            return false;
        }
        double x = caret.get().getCenterX();
        double y = down ? caret.get().getMaxY() + 3 : caret.get().getMinY() - 3;
        Point2D local = area.screenToLocal(x, y);
        if (local == null || local.getY() < 0 || local.getY() > area.getHeight()) {
            return false; // off screen: let RichTextFX scroll
        }
        double hitX = rightToLeftFlowAt(area, x, y).map(f -> f.getMinX() + f.getMaxX() - local.getX()).orElse(local.getX());
        area.moveTo(area.hit(hitX, local.getY()).getInsertionIndex(), policy);
        area.requestFollowCaret();
        return true;
    }

    /** Where the caret is drawn (with the mirroring applied), on screen. */
    private static Optional<Bounds> caretOnScreen(BodyArea area) {
        for (Node node : area.lookupAll("*")) {
            if (node instanceof CaretNode caret && caret.getParent() != null
                    && !caret.getElements().isEmpty()) {
                return Optional.ofNullable(caret.localToScreen(caret.getBoundsInLocal()));
            }
        }
        return Optional.empty();
    }
}
