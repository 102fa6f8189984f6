package org.newsdesk.ui.editor.body;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.GenericStyledArea;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;

/**
 * Gives a paragraph its block look: a style class for the kind of block (sizes and the quote bar live in
 * body-editor.css), its indent, and its direction.
 *
 * <p>Direction is set as the {@code NodeOrientation} of the paragraph's own {@code TextFlow}: CSS orientation has
 * no effect there, and turning the whole area right-to-left breaks every other paragraph (see
 * shared/notes/arabic-on-javafx.md). AUTO follows the paragraph's first strong character.
 */
final class BlockLook {

    static final double LIST_GUTTER = 28;
    static final double LIST_INDENT = 24;
    private static final double QUOTE_INSET = 16;
    private static final List<String> BLOCK_CLASSES = List.of("block-paragraph", "block-heading-2", "block-heading-3",
            "block-heading-4", "block-bullet", "block-numbered", "block-quote", "block-image", "block-table", "rtl", "ltr");

    private BlockLook() {
    }

    /** @param base the direction of an AUTO paragraph without a strong character (the article language's) */
    static void apply(TextFlow flow, ParStyle style, Direction base) {
        flow.getProperties().put(ParStyle.class, style);
        boolean rtl = resolve(style.direction(), flow, base) == Direction.RTL;
        flow.getStyleClass().removeAll(BLOCK_CLASSES);
        flow.getStyleClass().addAll(styleClass(style), rtl ? "rtl" : "ltr");
        flow.setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        flow.setPadding(padding(style, rtl, flow));
        BidiCarets.follow(flow);
        if (rtl) {
            RightToLeft.mirrorShapes(flow);
            RightToLeft.realignOnResize(flow);
        } else {
            RightToLeft.unmirrorShapes(flow);
        }
    }

    /** Applies the look again to the paragraphs on screen, after the base direction changed. */
    static void restyleShown(GenericStyledArea<ParStyle, ?, ?> area, Direction base) {
        for (Node node : area.lookupAll(".paragraph-text")) {
            if (node instanceof TextFlow flow && flow.getProperties().get(ParStyle.class) instanceof ParStyle style) {
                apply(flow, style, base);
            }
        }
        var markers = area.getParagraphGraphicFactory();
        area.setParagraphGraphicFactory(null); // the markers sit on the side the paragraph starts
        area.setParagraphGraphicFactory(markers);
    }

    /** The direction a reader sees; AUTO reads the words already placed in the flow. */
    static Direction resolve(Direction direction, TextFlow flow, Direction base) {
        if (direction != Direction.AUTO) {
            return direction;
        }
        StringBuilder text = new StringBuilder();
        for (Node child : flow.getChildren()) {
            if (child instanceof Text t) {
                text.append(t.getText());
                if (Direction.firstStrong(t.getText()) == Direction.RTL || text.length() > 200) {
                    break;
                }
            }
        }
        return resolve(direction, text.toString(), base);
    }

    /** AUTO: the first strong character's direction, or {@code base} when there is none. */
    static Direction resolve(Direction direction, String text, Direction base) {
        if (direction != Direction.AUTO) {
            return direction;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return Direction.LTR;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return Direction.RTL;
            }
            i += Character.charCount(cp);
        }
        return base == Direction.RTL ? Direction.RTL : Direction.LTR;
    }

    static double listIndent(int depth) {
        return LIST_GUTTER + depth * LIST_INDENT;
    }

    private static String styleClass(ParStyle style) {
        return switch (style.type()) {
            case PARAGRAPH -> "block-paragraph";
            case HEADING -> "block-heading-" + style.level();
            case BULLET_ITEM -> "block-bullet";
            case NUMBERED_ITEM -> "block-numbered";
            case QUOTE -> "block-quote";
            case IMAGE -> "block-image";
            case TABLE -> "block-table";
        };
    }

    /** Space around the text. Left-to-right list items get their indent from the marker gutter instead. */
    static Insets padding(ParStyle style, boolean rtl, TextFlow flow) {
        double start = switch (style.type()) {
            case QUOTE -> QUOTE_INSET;
            case BULLET_ITEM, NUMBERED_ITEM -> rtl ? listIndent(style.level()) : 0;
            case IMAGE -> FigureView.INSET;
            case TABLE -> TableView.INSET;
            default -> 0;
        };
        double top = switch (style.type()) {
            case HEADING -> 14;
            case IMAGE -> FigureView.CAPTION_TOP; // the picture is drawn above the caption (FigureView)
            case TABLE -> TableView.captionTop(flow); // the grid is drawn above the caption (TableView)
            default -> 0;
        };
        double bottom = style.holdsObject() ? 8 : 0;
        // TextFlow lays out right-to-left text itself instead of being mirrored, so insets stay physical.
        return rtl ? new Insets(top, start, bottom, 0) : new Insets(top, 0, bottom, start);
    }
}
