package org.newsdesk.ui.editor.body;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.fxmisc.wellbehaved.event.EventPattern.anyOf;
import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.process;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Scale;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.NavigationActions.SelectionPolicy;
import org.fxmisc.richtext.SelectionPath;
import org.fxmisc.wellbehaved.event.InputHandler;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.newsdesk.model.Direction;

/**
 * The body editor's right-to-left workarounds, in one place (with {@link WordSegmentOps} for the wrapping bug and
 * the {@link BodyArea#hit} override that calls in here). Each piece names what it works around, so it can go
 * when the fix lands upstream. Measured on JavaFX 21.0.x with RichTextFX 0.11.7 (shared/notes/arabic-on-javafx.md):
 *
 * <ol>
 *   <li><b>Mirrored caret and selection shapes</b>: in a right-to-left {@code TextFlow} the shapes RichTextFX
 *   draws from {@code TextFlow.caretShape/rangeShape} come out mirrored (RichTextFX #1170, #836, #976: RTL is not
 *   supported). {@link #mirrorShapes} flips them back about the flow's centre.</li>
 *   <li><b>Selection highlight</b>: RichTextFX counts a flow's lines with its left-to-right
 *   {@code TextFlowLayout}, sees two lines where a line mixes directions, and stretches the highlight to the
 *   paragraph's edge (RichTextFX #1170). {@link SelectionShape} draws it from JavaFX's own
 *   {@code TextFlow.rangeShape} instead.</li>
 *   <li><b>Hit-testing</b>: JavaFX 21's {@code TextFlow.hitTest} is wrong in right-to-left flows (JDK-8319844,
 *   fixed in JavaFX 22), and RichTextFX's own line geometry ({@code TextFlowLayout}) assumes left-to-right lines
 *   and throws "Both width and height must be &gt;= 0" in a bidi-mixed line (RichTextFX #1170). {@link #hit}
 *   answers instead from where the caret of every offset is drawn ({@link #stops}).</li>
 *   <li><b>Stale line positions</b>: JavaFX 21's {@code PrismTextLayout.setWrapWidth} skips the relayout when
 *   a narrower width still fits every line, but a right-to-left line's place depends on that width: a one-line
 *   heading stayed where the wider flow had put it and its first letter was cut by the scroll bar's width.
 *   {@link #realignOnResize} makes the layout start again. Padding would not do: JavaFX 21's caret and hit
 *   shapes ignore a flow's padding (fixed in JavaFX 22), so clicks moved by a character.</li>
 *   <li><b>Keys</b>: RichTextFX moves Left = previous character and does Home/End/Up/Down with left-to-right
 *   line geometry (RichTextFX #1170). In paragraphs with right-to-left text the arrow keys, Ctrl+arrows, Home
 *   and End move by the drawn caret positions instead: visually, also through English inside Arabic.</li>
 *   <li><b>Caret at a direction boundary</b>: {@link BidiCarets} gives each gap between characters one offset
 *   and draws RichTextFX's caret there (RichTextFX #1170, #976).</li>
 * </ol>
 */
final class RightToLeft {

    private RightToLeft() {
    }

    // ---- 1. drawing -----------------------------------------------------------------------------------------

    /** Flips RichTextFX's shapes (caret, selection) drawn inside a right-to-left flow. Text nodes are left alone. */
    static void mirrorShapes(TextFlow flow) {
        flow.getChildren().forEach(child -> mirror(flow, child));
        if (!flow.getProperties().containsKey(MirrorScale.class)) {
            flow.getProperties().put(MirrorScale.class, Boolean.TRUE);
            flow.getChildren().addListener((ListChangeListener<Node>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(child -> mirror(flow, child));
                }
            });
        }
    }

    /**
     * Lays a right-to-left flow out afresh whenever its width changes (the stale-positions bug above): turning
     * its orientation over and back is the one public way to make JavaFX 21 drop the old line positions.
     */
    static void realignOnResize(TextFlow flow) {
        if (flow.getProperties().putIfAbsent(Realign.class, Boolean.TRUE) == null) {
            flow.widthProperty().addListener((o, before, after) -> {
                if (flow.getNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT && !flow.getProperties().containsKey(Realign.KEY)) {
                    flow.getProperties().put(Realign.KEY, Boolean.TRUE);
                    try {
                        flow.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
                        flow.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
                    } finally {
                        flow.getProperties().remove(Realign.KEY);
                    }
                }
            });
        }
    }

    private enum Realign { KEY }

    /** Undoes {@link #mirrorShapes} when a paragraph turns left-to-right. */
    static void unmirrorShapes(TextFlow flow) {
        flow.getProperties().remove(MirrorScale.class);
        for (Node child : flow.getChildren()) {
            child.getTransforms().removeIf(t -> t instanceof MirrorScale);
        }
    }

    private static void mirror(TextFlow flow, Node child) {
        boolean rtl = flow.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        if (rtl && child instanceof Path path && path.getTransforms().stream().noneMatch(t -> t instanceof MirrorScale)) {
            MirrorScale flip = new MirrorScale();
            flip.pivotXProperty().bind(flow.widthProperty().divide(2));
            path.getTransforms().add(flip);
            if (path instanceof SelectionPath selection) {
                SelectionShape.follow(flow, selection);
            }
        }
    }

    /** Marks our own transform so that it is added once. */
    private static final class MirrorScale extends Scale {
        MirrorScale() {
            super(-1, 1);
        }
    }

    // ---- which paragraphs need it ---------------------------------------------------------------------------

    static boolean isRightToLeft(BodyArea area, int paragraph) {
        return area.resolvedDirection(paragraph) == Direction.RTL;
    }

    /** Right-to-left paragraphs, and left-to-right ones with right-to-left text in them (an Arabic quotation). */
    static boolean needsBidiGeometry(BodyArea area, int paragraph) {
        return isRightToLeft(area, paragraph) || hasRightToLeftText(area.getParagraph(paragraph).getText());
    }

    static boolean hasRightToLeftText(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    // ---- 2. geometry and hit-testing ------------------------------------------------------------------------

    /** Where the caret for {@code offset} (in its paragraph) is drawn, on screen: x and the line's top and bottom. */
    record Stop(int offset, double x, double top, double bottom) {
        double middle() {
            return (top + bottom) / 2;
        }

        boolean sameLine(Stop other) {
            return Math.abs(middle() - other.middle()) < (bottom - top) / 2;
        }
    }

    /** A paragraph's flow on screen, with the paragraph's index. */
    record Located(int paragraph, TextFlow flow) {
    }

    /**
     * The caret stop of every offset 0..length of the paragraph in {@code flow}, where it is drawn: one per gap
     * between characters on screen ({@link BidiCarets}), flipped in a right-to-left flow like {@link #mirrorShapes}
     * flips the drawn caret.
     */
    static List<Stop> stops(TextFlow flow, int length) {
        List<BidiCarets.Local> carets = BidiCarets.all(flow);
        List<Stop> out = new ArrayList<>(length + 1);
        for (int i = 0; i <= length && i < carets.size(); i++) {
            onScreen(flow, i, carets.get(i)).ifPresent(out::add);
        }
        return out;
    }

    /** Character {@code index} (in its paragraph) as drawn: from its leading to its trailing edge, on screen. */
    record Glyph(int index, double leading, double trailing, Stop line) {
        double distance(double x) {
            double min = Math.min(leading, trailing);
            double max = Math.max(leading, trailing);
            return x < min ? min - x : x > max ? x - max : 0;
        }

        boolean nearerLeading(double x) {
            return Math.abs(x - leading) <= Math.abs(x - trailing);
        }
    }

    /**
     * Every character's box from its leading and trailing caret edges. In a bidi-mixed line the two edges of a
     * character are not always where its neighbours' carets are (the end of "John Smith" inside Arabic is drawn
     * after "Smith", while the caret at that offset is drawn at the next Arabic word), so hits use these.
     */
    static List<Glyph> glyphs(TextFlow flow, int length) {
        List<Glyph> out = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            Optional<Stop> leading = stop(flow, i, flow.caretShape(i, true));
            Optional<Stop> trailing = stop(flow, i + 1, flow.caretShape(i, false));
            if (leading.isPresent() && trailing.isPresent()) {
                out.add(new Glyph(i, leading.get().x(), trailing.get().x(), leading.get()));
            }
        }
        return out;
    }

    private static Optional<Stop> stop(TextFlow flow, int offset, PathElement[] caret) {
        if (caret.length < 2 || !(caret[0] instanceof MoveTo)) {
            return Optional.empty();
        }
        return onScreen(flow, offset, BidiCarets.line(caret));
    }

    private static Optional<Stop> onScreen(TextFlow flow, int offset, BidiCarets.Local caret) {
        boolean mirrored = flow.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        double x = mirrored ? flow.getWidth() - caret.x() : caret.x();
        Point2D a = flow.localToScreen(x, caret.top());
        Point2D b = flow.localToScreen(x, caret.bottom());
        if (a == null || b == null) {
            return Optional.empty();
        }
        return Optional.of(new Stop(offset, a.getX(), Math.min(a.getY(), b.getY()), Math.max(a.getY(), b.getY())));
    }

    /**
     * RichTextFX's hit-test replaced for paragraphs with right-to-left text: the character drawn under the point
     * (or nearest it on the line under it), and which half of it. Empty when the point is not over such a
     * paragraph.
     */
    static Optional<CharacterHit> hit(BodyArea area, double x, double y) {
        Point2D screen = area.localToScreen(x, y);
        if (screen == null) {
            return Optional.empty();
        }
        Optional<Located> flowUnder = flowAt(area, screen.getY());
        if (flowUnder.isEmpty() || !needsBidiGeometry(area, flowUnder.get().paragraph())) {
            return Optional.empty();
        }
        int paragraph = flowUnder.get().paragraph();
        int length = area.getParagraph(paragraph).length();
        int start = area.paragraphStart(paragraph);
        List<Glyph> glyphs = glyphs(flowUnder.get().flow(), length);
        if (glyphs.isEmpty()) {
            return Optional.of(CharacterHit.insertionAt(start)); // an empty paragraph
        }
        Stop line = glyphs.stream().map(Glyph::line)
                .min(Comparator.comparingDouble(s -> Math.abs(s.middle() - screen.getY()))).orElseThrow();
        Glyph under = glyphs.stream().filter(g -> g.line().sameLine(line))
                .min(Comparator.comparingDouble(g -> g.distance(screen.getX()))).orElseThrow();
        boolean leading = under.nearerLeading(screen.getX());
        if (!leading && under.index() + 1 < glyphs.size() && !glyphs.get(under.index() + 1).line().sameLine(line)) {
            leading = true; // after the space a line breaks at is the next line's start: stay on this line
        }
        // the gap clicked belongs to one offset (BidiCarets): at a direction boundary it may be another one
        int offset = under.index() + (leading ? 0 : 1);
        double edge = leading ? under.leading() : under.trailing();
        List<Stop> atEdge = stops(flowUnder.get().flow(), length).stream()
                .filter(s -> s.sameLine(line) && Math.abs(s.x() - edge) < 0.5).toList();
        if (!atEdge.isEmpty() && atEdge.stream().noneMatch(s -> s.offset() == offset)) {
            return Optional.of(CharacterHit.insertionAt(start + atEdge.get(0).offset()));
        }
        return Optional.of(leading ? CharacterHit.leadingHalfOf(start + under.index())
                : CharacterHit.trailingHalfOf(start + under.index()));
    }

    /** The paragraph flow drawn at a height on screen (the nearest one, if the point is between two). */
    static Optional<Located> flowAt(BodyArea area, double screenY) {
        Located best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int v = 0; v < area.getVisibleParagraphs().size(); v++) {
            Bounds box = area.getVisibleParagraphBoundsOnScreen(v);
            double distance = screenY < box.getMinY() ? box.getMinY() - screenY
                    : screenY > box.getMaxY() ? screenY - box.getMaxY() : 0;
            if (distance < bestDistance) {
                Optional<TextFlow> flow = flowIn(area, box);
                if (flow.isPresent()) {
                    best = new Located(area.visibleParToAllParIndex(v), flow.get());
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The flow of paragraph {@code index}, if it is on screen. */
    static Optional<TextFlow> flowOf(BodyArea area, int index) {
        return area.allParToVisibleParIndex(index).flatMap(v -> flowIn(area, area.getVisibleParagraphBoundsOnScreen(v)));
    }

    private static Optional<TextFlow> flowIn(BodyArea area, Bounds paragraphBox) {
        for (Node node : area.lookupAll(".paragraph-text")) {
            if (node instanceof TextFlow flow && flow.getScene() != null) {
                Bounds b = flow.localToScreen(flow.getLayoutBounds());
                if (b != null && paragraphBox.contains(b.getCenterX(), b.getCenterY())) {
                    return Optional.of(flow);
                }
            }
        }
        return Optional.empty();
    }

    // ---- 3. keys --------------------------------------------------------------------------------------------

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
        } else if (first > 0) {
            Stop lineAbove = all.get(first - 1);
            Comparator<Stop> byX = Comparator.comparingDouble(Stop::x);
            to = all.stream().filter(lineAbove::sameLine).filter(wordStart)
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
