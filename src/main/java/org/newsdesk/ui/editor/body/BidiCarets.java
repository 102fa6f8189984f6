package org.newsdesk.ui.editor.body;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.CaretNode;

/**
 * Where the caret of each offset is drawn in a line that mixes directions: one place per offset, one offset per
 * gap between two characters on screen, so that the arrows reach every offset and every press moves one
 * character.
 *
 * <p>Why: where a run of one direction meets a run of the other, an offset touches two characters that are drawn
 * apart ("قال |John Smith| إن": offsets 4 and 14 both touch the right end of "Smith" and the left end of "John").
 * JavaFX 21's {@code TextFlow.caretShape} draws both as a split caret led by the same end, and RichTextFX 0.11.7
 * draws that (RichTextFX #1170, #976: no bidi support), so one gap had two offsets and the other none.
 *
 * <p>The rule: an offset between characters of different bidi embedding levels is drawn beside the one of the
 * lower level (the text around the embedded run); a line's start and end count as the paragraph's level. So
 * offset 4 sits after "قال " (right of "Smith") and offset 14 before " إن" (left of "John"), and typing text of
 * the paragraph's direction appears where the caret is.
 */
final class BidiCarets {

    private BidiCarets() {
    }

    /** The caret of {@code offset} as a line in the flow's own (unmirrored) coordinates: x, top, bottom. */
    record Local(double x, double top, double bottom) {
        boolean sameLine(Local other) {
            double middle = (top + bottom) / 2;
            return middle > other.top && middle < other.bottom;
        }
    }

    /** The caret of every offset 0..text length of the paragraph in {@code flow}. */
    static List<Local> all(TextFlow flow) {
        Geometry g = new Geometry(flow);
        List<Local> out = new ArrayList<>(g.length + 1);
        for (int offset = 0; offset <= g.length; offset++) {
            out.add(g.caret(offset));
        }
        return out;
    }

    /** The caret of one offset; null if the flow has not been laid out. */
    static Local of(TextFlow flow, int offset) {
        Geometry g = new Geometry(flow);
        return offset >= 0 && offset <= g.length ? g.caret(offset) : null;
    }

    static String text(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        for (Node child : flow.getChildren()) {
            if (child instanceof Text t) {
                text.append(t.getText());
            }
        }
        return text.toString();
    }

    /** The flow's text with its bidi levels and each character's two edges, worked out lazily. */
    private static final class Geometry {
        final TextFlow flow;
        final String text;
        final int length;
        final int base;
        final Bidi bidi;
        private final Local[] leading;
        private final Local[] trailing;

        Geometry(TextFlow flow) {
            this.flow = flow;
            this.text = text(flow);
            this.length = text.length();
            boolean rtl = flow.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
            this.base = rtl ? 1 : 0;
            this.bidi = length == 0 ? null
                    : new Bidi(text, rtl ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
            this.leading = new Local[length];
            this.trailing = new Local[length];
        }

        int level(int index) {
            return bidi.getLevelAt(index);
        }

        Local leading(int index) {
            if (leading[index] == null) {
                leading[index] = line(flow.caretShape(index, true));
            }
            return leading[index];
        }

        Local trailing(int index) {
            if (trailing[index] == null) {
                trailing[index] = line(flow.caretShape(index, false));
            }
            return trailing[index];
        }

        Local caret(int offset) {
            if (length == 0) {
                return line(flow.caretShape(0, true));
            }
            Local line = offset < length ? leading(offset) : trailing(length - 1);
            int prev = offset > 0 && trailing(offset - 1).sameLine(line) ? offset - 1 : -1;
            int next = offset < length ? offset : -1;
            int before = prev >= 0 ? level(prev) : base;
            int after = next >= 0 ? level(next) : base;
            if (before < after) { // beside the lower level: the character before, or the line's start
                return prev >= 0 ? trailing(prev) : edge(line, true);
            }
            if (before > after) {
                return next >= 0 ? leading(next) : edge(line, false);
            }
            return next >= 0 ? leading(next) : trailing(prev);
        }

        /** Where the line holding {@code like} starts (or ends) in the paragraph's direction. */
        private Local edge(Local like, boolean start) {
            boolean rtl = base == 1;
            boolean max = start == rtl; // in unmirrored coordinates a right-to-left line starts at its largest x
            Local best = like;
            for (int i = 0; i < length; i++) {
                for (Local edge : new Local[] {leading(i), trailing(i)}) {
                    if (edge.sameLine(like) && (max ? edge.x() > best.x() : edge.x() < best.x())) {
                        best = edge;
                    }
                }
            }
            return best;
        }
    }

    static Local line(PathElement[] caret) {
        if (caret.length < 2 || !(caret[0] instanceof MoveTo first)) {
            return new Local(0, 0, 0);
        }
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (PathElement e : caret) { // a split caret is drawn in two halves: the line is both
            double y = e instanceof MoveTo m ? m.getY() : e instanceof LineTo l ? l.getY() : first.getY();
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
        }
        return new Local(first.getX(), top, bottom);
    }

    // ---- the drawn caret ------------------------------------------------------------------------------------

    private static final Object UPDATING = new Object();

    /**
     * Redraws RichTextFX's caret in this flow by the rule above, as one whole line, whenever RichTextFX draws it
     * (its split caret from {@code TextFlow.caretShape} otherwise shows both halves at the wrong gap). Only flows
     * holding right-to-left text are touched; the work is the two characters around the caret.
     */
    static void follow(TextFlow flow) {
        if (flow.getProperties().putIfAbsent(BidiCarets.class, Boolean.TRUE) != null) {
            return;
        }
        flow.getChildren().forEach(BidiCarets::watch);
        flow.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(BidiCarets::watch);
            }
        });
    }

    /** RichTextFX moves one CaretNode from paragraph to paragraph: it is watched once, in whichever flow it is. */
    private static void watch(Node child) {
        if (child instanceof CaretNode caret) {
            if (caret.getProperties().putIfAbsent(BidiCarets.class, Boolean.TRUE) == null) {
                caret.getElements().addListener((ListChangeListener<PathElement>) change -> redraw(caret));
            }
            redraw(caret);
        }
    }

    private static void redraw(CaretNode caret) {
        if (!(caret.getParent() instanceof TextFlow flow) || caret.getProperties().containsKey(UPDATING)) {
            return;
        }
        caret.setTranslateX(RightToLeft.shapeShift(flow)); // after the flip: the text's padding (RightToLeft)
        if (caret.getElements().size() < 2 || !WordSegmentOps.hasRightToLeft(text(flow))) {
            return;
        }
        Local at = of(flow, caret.getColumnPosition());
        if (at == null || at.bottom() <= at.top()) {
            return;
        }
        caret.getProperties().put(UPDATING, Boolean.TRUE);
        try {
            caret.getElements().setAll(new MoveTo(at.x(), at.top()), new LineTo(at.x(), at.bottom()));
        } finally {
            caret.getProperties().remove(UPDATING);
        }
    }
}
