package org.newsdesk.ui.editor.body;

import java.util.function.IntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableLongValue;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.Paragraph;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;

/**
 * The bullet or number in front of a list item, as the paragraph's graphic (figures draw their picture instead,
 * see {@link FigureView}).
 *
 * <p>Numbers depend on the paragraphs before, which RichTextFX does not redraw when an earlier item changes, so
 * each number is a binding on the area's change counter and is worked out again after every change.
 * Left-to-right items sit in a gutter as wide as their indent; right-to-left items get their indent as padding
 * on the right of the flow (see {@link BlockLook}) and the marker is placed there.
 */
final class ParagraphMarkers implements IntFunction<Node> {

    private static final String[] BULLETS = {"•", "◦", "▪"};
    private static final double GAP = 8;
    /** Extra room between a right-to-left item's text and its marker, which otherwise touched. */
    private static final double MARKER_ROOM = 6;

    private final GenericStyledArea<ParStyle, String, TextStyle> area;
    private final ObservableLongValue changes;

    ParagraphMarkers(GenericStyledArea<ParStyle, String, TextStyle> area, ObservableLongValue changes) {
        this.area = area;
        this.changes = changes;
    }

    @Override
    public Node apply(int index) {
        if (index < 0 || index >= area.getParagraphs().size()) {
            return null;
        }
        Paragraph<ParStyle, String, TextStyle> paragraph = area.getParagraph(index);
        ParStyle style = paragraph.getParagraphStyle();
        if (!style.isListItem()) {
            return null;
        }
        Text marker = new Text();
        marker.getStyleClass().addAll("body-text", "list-marker");
        marker.setTextOrigin(VPos.TOP);
        if (style.is(BlockType.NUMBERED_ITEM)) {
            marker.textProperty().bind(Bindings.createStringBinding(() -> number(index) + ".", changes));
        } else {
            marker.setText(BULLETS[style.level() % BULLETS.length]);
        }
        double indent = BlockLook.listIndent(style.level());
        if (isRightToLeft(index, style, paragraph.getText())) {
            marker.getStyleClass().add("arabic"); // same font, so the same line height, as the words beside it
            marker.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT); // "1." reads as in an Arabic list
            return placedOnTheRight(marker, indent);
        }
        HBox gutter = new HBox(marker);
        gutter.setAlignment(Pos.TOP_RIGHT);
        gutter.setPadding(new Insets(0, GAP, 0, 0));
        gutter.setMinWidth(indent);
        gutter.setPrefWidth(indent);
        gutter.setMaxWidth(indent);
        return gutter;
    }

    private boolean isRightToLeft(int index, ParStyle style, String text) {
        return area instanceof BodyArea body ? body.resolvedDirection(index) == Direction.RTL
                : style.direction().resolve(text) == Direction.RTL;
    }

    /** Unmanaged, so it takes no width from the text; follows the paragraph box's right edge. */
    private static Node placedOnTheRight(Text marker, double indent) {
        marker.setManaged(false);
        marker.parentProperty().addListener((obs, old, parent) -> {
            marker.layoutXProperty().unbind();
            if (parent instanceof Region box) {
                marker.layoutXProperty().bind(box.widthProperty().subtract(indent - GAP - MARKER_ROOM));
            }
        });
        return marker;
    }

    /** 1 for the first numbered item at its depth; deeper items in between do not break the count. */
    int number(int index) {
        if (index >= area.getParagraphs().size()) {
            return 1;
        }
        int depth = area.getParagraph(index).getParagraphStyle().level();
        int n = 1;
        for (int i = index - 1; i >= 0; i--) {
            ParStyle before = area.getParagraph(i).getParagraphStyle();
            if (before.isListItem() && before.level() > depth) {
                continue;
            }
            if (before.is(BlockType.NUMBERED_ITEM) && before.level() == depth) {
                n++;
            } else {
                break;
            }
        }
        return n;
    }
}
