package org.newsdesk.ui.editor.body;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.fxmisc.wellbehaved.event.EventPattern.anyOf;
import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.process;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;
import static org.newsdesk.ui.editor.body.RightToLeft.flowOf;
import static org.newsdesk.ui.editor.body.RightToLeft.glyphs;
import static org.newsdesk.ui.editor.body.RightToLeft.isRightToLeft;
import static org.newsdesk.ui.editor.body.RightToLeft.needsBidiGeometry;
import static org.newsdesk.ui.editor.body.RightToLeft.stops;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.NavigationActions.SelectionPolicy;
import org.fxmisc.wellbehaved.event.InputHandler;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.newsdesk.ui.editor.body.RightToLeft.Glyph;
import org.newsdesk.ui.editor.body.RightToLeft.Stop;

/**
 * The arrow keys, Ctrl+arrows, Home, End, Up and Down in paragraphs with right-to-left text, moved by where the
 * carets are drawn ({@link RightToLeft#stops}, {@link BidiCarets}). Works around RichTextFX #1170 (0.11.7): it
 * moves Left = previous character and does Home/End/Up/Down and word moves with left-to-right line geometry.
 * Installed ahead of RichTextFX's own keys; paragraphs without right-to-left text are left to RichTextFX.
 */
final class RightToLeftKeys {

    private RightToLeftKeys() {
    }

    static void install(BodyArea area) {
        Nodes.addInputMap(area, keys(area));
    }

    private static InputMap<Event> keys(BodyArea area) {
        return sequence(
                process(anyOf(keyPressed(KeyCode.LEFT), keyPressed(KeyCode.KP_LEFT)),
                        e -> result(horizontal(area, true, SelectionPolicy.CLEAR))),
                process(anyOf(keyPressed(KeyCode.RIGHT), keyPressed(KeyCode.KP_RIGHT)),
                        e -> result(horizontal(area, false, SelectionPolicy.CLEAR))),
                process(keyPressed(KeyCode.LEFT, SHIFT_DOWN), e -> result(horizontal(area, true, SelectionPolicy.ADJUST))),
                process(keyPressed(KeyCode.RIGHT, SHIFT_DOWN), e -> result(horizontal(area, false, SelectionPolicy.ADJUST))),
                process(keyPressed(KeyCode.HOME), e -> result(lineEdge(area, true, SelectionPolicy.CLEAR))),
                process(keyPressed(KeyCode.END), e -> result(lineEdge(area, false, SelectionPolicy.CLEAR))),
                process(keyPressed(KeyCode.HOME, SHIFT_DOWN), e -> result(lineEdge(area, true, SelectionPolicy.ADJUST))),
                process(keyPressed(KeyCode.END, SHIFT_DOWN), e -> result(lineEdge(area, false, SelectionPolicy.ADJUST))),
                process(keyPressed(KeyCode.LEFT, SHORTCUT_DOWN), e -> result(wordMove(area, true, SelectionPolicy.CLEAR))),
                process(keyPressed(KeyCode.RIGHT, SHORTCUT_DOWN), e -> result(wordMove(area, false, SelectionPolicy.CLEAR))),
                process(keyPressed(KeyCode.LEFT, SHORTCUT_DOWN, SHIFT_DOWN), e -> result(wordMove(area, true, SelectionPolicy.ADJUST))),
                process(keyPressed(KeyCode.RIGHT, SHORTCUT_DOWN, SHIFT_DOWN), e -> result(wordMove(area, false, SelectionPolicy.ADJUST))),
                process(keyPressed(KeyCode.DOWN), e -> result(verticalMove(area, true, SelectionPolicy.CLEAR))),
                process(keyPressed(KeyCode.UP), e -> result(verticalMove(area, false, SelectionPolicy.CLEAR))),
                process(keyPressed(KeyCode.DOWN, SHIFT_DOWN), e -> result(verticalMove(area, true, SelectionPolicy.ADJUST))),
                process(keyPressed(KeyCode.UP, SHIFT_DOWN), e -> result(verticalMove(area, false, SelectionPolicy.ADJUST))));
    }

    private static InputHandler.Result result(boolean handled) {
        return handled ? InputHandler.Result.CONSUME : InputHandler.Result.PROCEED;
    }

    /** The caret's paragraph, its stops and the caret's own stop, when the paragraph needs bidi geometry. */
    private record CaretLine(int paragraph, List<Stop> stops, Stop caret) {
        List<Stop> line() {
            return stops.stream().filter(caret::sameLine).toList();
        }
    }

    private static Optional<CaretLine> caretLine(BodyArea area) {
        int paragraph = area.getCurrentParagraph();
        if (!needsBidiGeometry(area, paragraph)) {
            return Optional.empty();
        }
        Optional<TextFlow> flow = flowOf(area, paragraph);
        if (flow.isEmpty()) {
            return Optional.empty();
        }
        List<Stop> stops = stops(flow.get(), area.getParagraph(paragraph).length());
        int column = area.getCaretColumn();
        return stops.stream().filter(s -> s.offset() == column).findFirst().map(c -> new CaretLine(paragraph, stops, c));
    }

    /**
     * Left or Right: to the nearest caret position drawn on that side on the same line; past the line's edge,
     * on to the next or previous character in reading order (the next line, the next paragraph).
     */
    static boolean horizontal(BodyArea area, boolean left, SelectionPolicy policy) {
        int paragraph = area.getCurrentParagraph();
        if (!needsBidiGeometry(area, paragraph)) {
            return false;
        }
        boolean rtl = isRightToLeft(area, paragraph);
        if (policy == SelectionPolicy.CLEAR && area.getSelection().getLength() > 0) {
            boolean toEnd = left == rtl; // Left in Arabic goes on reading, so to the selection's end
            area.moveTo(toEnd ? area.getSelection().getEnd() : area.getSelection().getStart());
            return true;
        }
        Optional<CaretLine> caret = caretLine(area);
        Optional<Stop> target = caret.flatMap(c -> c.line().stream()
                .filter(s -> left ? s.x() < c.caret().x() - 0.5 : s.x() > c.caret().x() + 0.5)
                .min(Comparator.<Stop>comparingDouble(s -> Math.abs(s.x() - c.caret().x()))
                        .thenComparingInt(s -> Math.abs(s.offset() - c.caret().offset()))));
        if (target.isPresent()) {
            area.moveTo(area.paragraphStart(paragraph) + target.get().offset(), policy);
        } else if (left == rtl) {
            area.nextChar(policy);
        } else {
            area.previousChar(policy);
        }
        area.requestFollowCaret();
        return true;
    }

    /**
     * Ctrl+Left and Ctrl+Right: to the nearest word start drawn on that side on the caret's line, a word start
     * being a gap with a letter or digit on its reading-forward side (left in a right-to-left paragraph) and none
     * on the other, so each press crosses one word on screen, also through English inside Arabic. Past the
     * line's last one, on to the next line (or the paragraph's end); back past the first, to the previous line's
     * last word.
     */
    static boolean wordMove(BodyArea area, boolean left, SelectionPolicy policy) {
        Optional<CaretLine> caret = caretLine(area);
        Optional<TextFlow> flow = caret.flatMap(c -> flowOf(area, c.paragraph()));
        if (caret.isEmpty() || flow.isEmpty()) {
            return false;
        }
        int paragraph = caret.get().paragraph();
        int start = area.paragraphStart(paragraph);
        String text = area.getParagraph(paragraph).getText();
        boolean rtl = isRightToLeft(area, paragraph);
        boolean forward = left == rtl;
        List<Glyph> glyphs = glyphs(flow.get(), text.length());
        Predicate<Stop> wordStart = s -> s.offset() == text.length() && forward
                || isWordChar(charBeside(s, rtl, glyphs, text)) && !isWordChar(charBeside(s, !rtl, glyphs, text));
        double from = caret.get().caret().x();
        Optional<Stop> target = caret.get().line().stream()
                .filter(s -> left ? s.x() < from - 0.5 : s.x() > from + 0.5)
                .filter(wordStart)
                .min(Comparator.comparingDouble(s -> Math.abs(s.x() - from)));
        List<Stop> all = caret.get().stops();
        int first = caret.get().line().stream().mapToInt(Stop::offset).min().orElse(0);
        int last = caret.get().line().stream().mapToInt(Stop::offset).max().orElse(text.length());
        int to;
        if (target.isPresent()) {
            to = target.get().offset();
        } else if (forward) {
            if (last >= text.length()) {
                area.nextChar(policy); // on into the next paragraph
                area.requestFollowCaret();
                return true;
            }
            to = last + 1; // the next line's first word
        } else if (first > 0) { // the last word of the line above
            Optional<Stop> lineAbove = all.stream().filter(s -> s.offset() == first - 1).findFirst();
            Comparator<Stop> byX = Comparator.comparingDouble(Stop::x);
            to = all.stream().filter(s -> lineAbove.isPresent() && lineAbove.get().sameLine(s)).filter(wordStart)
                    .max(left ? byX : byX.reversed()).map(Stop::offset).orElse(first - 1);
        } else if (area.getCaretColumn() > 0) {
            to = 0;
        } else {
            area.previousChar(policy);
            area.requestFollowCaret();
            return true;
        }
        area.moveTo(start + to, policy);
        area.requestFollowCaret();
        return true;
    }

    /** The character drawn just left (or right) of a caret stop, or -1. */
    private static int charBeside(Stop stop, boolean leftSide, List<Glyph> glyphs, String text) {
        for (Glyph g : glyphs) {
            double min = Math.min(g.leading(), g.trailing());
            double max = Math.max(g.leading(), g.trailing());
            if (max - min > 0.01 && g.line().sameLine(stop) && Math.abs((leftSide ? max : min) - stop.x()) < 0.5) {
                return text.charAt(g.index());
            }
        }
        return -1;
    }

    private static boolean isWordChar(int c) {
        return c >= 0 && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK);
    }

    /**
     * Home and End: the right or left end of the line as drawn (in a right-to-left paragraph Home goes right).
     * At a line that wraps, End stops before the space the line breaks at, on the line itself.
     */
    static boolean lineEdge(BodyArea area, boolean home, SelectionPolicy policy) {
        Optional<CaretLine> caret = caretLine(area);
        if (caret.isEmpty()) {
            return false;
        }
        boolean rightEnd = home == isRightToLeft(area, caret.get().paragraph());
        Comparator<Stop> byX = Comparator.comparingDouble(Stop::x);
        Comparator<Stop> outermost = rightEnd ? byX : byX.reversed();
        // among stops drawn at the same edge, the one nearest in reading order to the line's middle
        Stop edge = caret.get().line().stream().max(outermost).orElseThrow();
        int offset = caret.get().line().stream().filter(s -> Math.abs(s.x() - edge.x()) < 0.5)
                .mapToInt(Stop::offset).min().orElse(edge.offset());
        area.moveTo(area.paragraphStart(caret.get().paragraph()) + offset, policy);
        area.requestFollowCaret();
        return true;
    }

    /**
     * Up and down in, into or out of a paragraph with right-to-left text: from where the caret is drawn to the
     * line above or below (the neighbouring paragraph's nearest line past the paragraph's edge), hit-tested
     * there through {@link BodyArea#hit}.
     */
    static boolean verticalMove(BodyArea area, boolean down, SelectionPolicy policy) {
        int paragraph = area.getCurrentParagraph();
        int neighbour = paragraph + (down ? 1 : -1);
        boolean hasNeighbour = neighbour >= 0 && neighbour < area.getParagraphs().size();
        Optional<CaretLine> line = caretLine(area);
        double x;
        if (line.isPresent()) {
            Stop caret = line.get().caret();
            x = caret.x();
            Optional<Stop> next = line.get().stops().stream()
                    .filter(s -> down ? s.middle() > caret.bottom() : s.middle() < caret.top())
                    .min(Comparator.comparingDouble(s -> Math.abs(s.middle() - caret.middle())));
            if (next.isPresent()) {
                return moveToPoint(area, x, next.get().middle(), policy);
            }
        } else {
            if (!hasNeighbour || !needsBidiGeometry(area, neighbour)) {
                return false;
            }
            int lastLine = area.getParagraphLinesCount(paragraph) - 1;
            int lineIndex = area.lineIndex(paragraph, area.getCaretColumn());
            if (down ? lineIndex < lastLine : lineIndex > 0) {
                return false; // within a left-to-right paragraph RichTextFX knows best
            }
            Optional<Bounds> caret = area.getCaretBounds();
            if (caret.isEmpty()) {
                return false;
            }
            x = caret.get().getCenterX();
        }
        if (!hasNeighbour) {
            area.moveTo(down ? area.getLength() : 0, policy);
            return true;
        }
        Optional<TextFlow> flow = flowOf(area, neighbour);
        if (flow.isEmpty()) {
            return false; // off screen: let RichTextFX scroll
        }
        Bounds box = flow.get().localToScreen(flow.get().getLayoutBounds());
        double y = down ? box.getMinY() + flow.get().snappedTopInset() + 3 : box.getMaxY() - flow.get().snappedBottomInset() - 3;
        return moveToPoint(area, x, y, policy);
    }

    private static boolean moveToPoint(BodyArea area, double screenX, double screenY, SelectionPolicy policy) {
        Point2D local = area.screenToLocal(screenX, screenY);
        if (local == null || local.getY() < 0 || local.getY() > area.getHeight()) {
            return false; // off screen: let RichTextFX scroll
        }
        area.moveTo(area.hit(local.getX(), local.getY()).getInsertionIndex(), policy);
        area.requestFollowCaret();
        return true;
    }
}
