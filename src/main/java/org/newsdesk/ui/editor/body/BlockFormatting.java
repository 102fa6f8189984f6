package org.newsdesk.ui.editor.body;

import java.util.function.UnaryOperator;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;

/** Block type, list depth and direction of the paragraphs the selection touches; each command one undo step. */
final class BlockFormatting {

    private final BodyArea area;

    BlockFormatting(BodyArea area) {
        this.area = area;
    }

    void setBlockType(BlockType type, int level) {
        restyleSelectedParagraphs(style -> style.withType(type, level));
    }

    /** Deeper list items; other blocks are left alone. */
    void indent() {
        restyleSelectedParagraphs(style -> style.isListItem() ? style.withLevel(Math.min(Block.MAX_DEPTH, style.level() + 1)) : style);
    }

    /** Shallower list items; an item already at the top level stops being a list item. */
    void outdent() {
        restyleSelectedParagraphs(style -> {
            if (!style.isListItem()) {
                return style;
            }
            return style.level() > 0 ? style.withLevel(style.level() - 1) : style.withType(BlockType.PARAGRAPH, 0);
        });
    }

    void setDirection(Direction direction) {
        restyleSelectedParagraphs(style -> style.withDirection(direction));
    }

    /** Turns the caret's paragraph back into a plain paragraph, keeping its direction. */
    void toParagraph(int paragraphIndex) {
        ParStyle style = area.paragraphStyle(paragraphIndex);
        setStyle(paragraphIndex, style.withType(BlockType.PARAGRAPH, 0));
    }

    void setStyle(int paragraphIndex, ParStyle style) {
        if (!style.equals(area.paragraphStyle(paragraphIndex))) {
            area.getUndoManager().preventMerge();
            area.setParagraphStyle(paragraphIndex, style);
            area.getUndoManager().preventMerge();
        }
    }

    /**
     * One paragraph is restyled in place; several are replaced by a restyled copy of themselves, so that the
     * change is a single undo step (the area has no way to group several paragraph style changes).
     */
    void restyleSelectedParagraphs(UnaryOperator<ParStyle> change) {
        IndexRange paragraphs = area.selectedParagraphs();
        int first = paragraphs.getStart();
        int last = paragraphs.getEnd();
        if (first == last) {
            setStyle(first, change.apply(area.paragraphStyle(first)));
            return;
        }
        int anchor = area.getAnchor();
        int caret = area.getCaretPosition();
        int start = area.paragraphStart(first);
        int end = area.paragraphStart(last) + area.getParagraph(last).length();
        ReadOnlyStyledDocument<ParStyle, String, TextStyle> restyled = ReadOnlyStyledDocument.from(area.subDocument(start, end))
                .mapParagraphs(p -> p.setParagraphStyle(change.apply(p.getParagraphStyle())));
        area.getUndoManager().preventMerge();
        area.replace(start, end, restyled);
        area.getUndoManager().preventMerge();
        area.selectRange(anchor, caret);
    }
}
