package org.newsdesk.ui.editor.body;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Scale;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.SelectionPath;
import org.newsdesk.model.Direction;

/**
 * The body editor's right-to-left workarounds, in one place (with {@link WordSegmentOps} for the wrapping bug,
 * {@link BidiCarets} for the caret where directions meet, {@link RightToLeftKeys} for the keys, and the
 * {@link BodyArea#hit} override that calls in here). Each piece names what it works around, so it can go
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
 *   {@link #realignOnResize} makes the layout start again. (Padding on the flow would not fix it: see the next
 *   point, the reverted 4px attempt moved clicks by a character.)</li>
 *   <li><b>Padding</b>: in a right-to-left flow JavaFX 21 moves the text by the flow's padding (a list item's or
 *   quote's indent) but not {@code caretShape}/{@code rangeShape}. {@link #shapeShift} measures the difference;
 *   the stops, the caret and the selection are moved by it.</li>
 *   <li><b>Keys</b>: RichTextFX moves Left = previous character and does Home/End/Up/Down with left-to-right
 *   line geometry (RichTextFX #1170). In paragraphs with right-to-left text {@link RightToLeftKeys} moves the
 *   arrow keys, Ctrl+arrows, Home and End by the drawn caret positions instead: visually, also through English
 *   inside Arabic.</li>
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
                    // RichTextFX moves its one caret node from paragraph to paragraph: it leaves unflipped
                    change.getRemoved().forEach(child -> child.getTransforms().removeIf(t -> t instanceof MirrorScale));
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

    /**
     * How far JavaFX 21 drew a right-to-left flow's text from where its {@code caretShape} and {@code rangeShape}
     * say, along x in the flow: the flow's padding (a list item's or quote's indent) moves the text nodes but not
     * those shapes. Measured on the first word rather than computed from the insets, so that it holds whatever
     * the layout did. Zero in a left-to-right flow.
     */
    static double shapeShift(TextFlow flow) {
        if (flow.getEffectiveNodeOrientation() != NodeOrientation.RIGHT_TO_LEFT) {
            return 0;
        }
        int start = 0;
        for (Node child : flow.getChildren()) {
            if (child instanceof Text text) {
                int length = text.getText().length();
                if (!text.getText().isBlank()) {
                    double max = -Double.MAX_VALUE;
                    for (PathElement e : flow.rangeShape(start, start + length)) {
                        if (e instanceof MoveTo m) {
                            max = Math.max(max, m.getX());
                        } else if (e instanceof LineTo l) {
                            max = Math.max(max, l.getX());
                        }
                    }
                    return max == -Double.MAX_VALUE ? 0 : text.getBoundsInParent().getMinX() - (flow.getWidth() - max);
                }
                start += length;
            }
        }
        return 0;
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
        double x = mirrored ? flow.getWidth() - caret.x() + shapeShift(flow) : caret.x();
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
}
