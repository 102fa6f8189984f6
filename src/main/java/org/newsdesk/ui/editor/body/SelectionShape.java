package org.newsdesk.ui.editor.body;

import java.lang.reflect.Method;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexRange;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.SelectionPath;
import org.reactfx.value.Val;

/**
 * The selection highlight of a right-to-left paragraph, drawn from JavaFX's {@code TextFlow.rangeShape}.
 *
 * <p>Works around RichTextFX #1170 (0.11.7): {@code ParagraphText} asks its left-to-right {@code TextFlowLayout}
 * how many lines the flow has; in a line that mixes Arabic and English it answers two, and every rectangle of the
 * highlight but the last is stretched to the paragraph's edge. JavaFX's own range shape is right (mirrored like
 * every shape in a right-to-left flow, which {@link RightToLeft#mirrorShapes} undoes). The selection's range is
 * package-private in RichTextFX, so it is read reflectively; if that ever fails the stock shape stays.
 */
final class SelectionShape {

    private static final Method RANGE = rangeAccessor();
    private static final Object UPDATING = new Object();

    private SelectionShape() {
    }

    static void follow(TextFlow flow, SelectionPath path) {
        if (RANGE == null) {
            return;
        }
        path.getElements().addListener((ListChangeListener<PathElement>) change -> redraw(flow, path));
        redraw(flow, path);
    }

    private static void redraw(TextFlow flow, SelectionPath path) {
        if (path.getProperties().containsKey(UPDATING)) {
            return;
        }
        path.setTranslateX(RightToLeft.shapeShift(flow)); // the text's padding (RightToLeft#shapeShift)
        IndexRange range = range(path);
        int length = textLength(flow);
        int start = Math.max(0, Math.min(range.getStart(), length));
        int end = Math.max(0, Math.min(range.getEnd(), length));
        if (start >= end || path.getElements().isEmpty()) {
            return; // nothing selected here, or only the line break: RichTextFX's shape is right
        }
        path.getProperties().put(UPDATING, Boolean.TRUE);
        try {
            path.getElements().setAll(flow.rangeShape(start, end));
        } finally {
            path.getProperties().remove(UPDATING);
        }
    }

    private static int textLength(TextFlow flow) {
        int length = 0;
        for (var child : flow.getChildren()) {
            if (child instanceof Text text) {
                length += text.getText().length();
            }
        }
        return length;
    }

    @SuppressWarnings("unchecked")
    private static IndexRange range(SelectionPath path) {
        try {
            return ((Val<IndexRange>) RANGE.invoke(path)).getValue();
        } catch (ReflectiveOperationException e) {
            return new IndexRange(0, 0);
        }
    }

    private static Method rangeAccessor() {
        try {
            Method method = SelectionPath.class.getDeclaredMethod("rangeProperty");
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
