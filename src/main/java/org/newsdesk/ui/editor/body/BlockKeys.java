package org.newsdesk.ui.editor.body;

import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.model.Paragraph;
import org.newsdesk.model.BlockType;

/**
 * What Enter, Backspace and Delete do at the edges of blocks, where a word processor's habits beat RichTextFX's
 * plain-text ones. Each method returns false when the default behaviour should run instead.
 */
final class BlockKeys {

    private final BodyArea area;
    private final BlockFormatting blocks;

    BlockKeys(BodyArea area, BlockFormatting blocks) {
        this.area = area;
        this.blocks = blocks;
    }

    /**
     * Enter on an empty list item or quote ends the list or quote; at the end of a heading, or anywhere in an
     * image caption, it starts a plain paragraph below.
     */
    boolean enter() {
        if (area.getSelection().getLength() > 0) {
            return false;
        }
        int index = area.getCurrentParagraph();
        Paragraph<ParStyle, String, TextStyle> paragraph = area.getParagraph(index);
        ParStyle style = paragraph.getParagraphStyle();
        if ((style.isListItem() || style.is(BlockType.QUOTE)) && paragraph.length() == 0) {
            blocks.toParagraph(index);
            return true;
        }
        boolean atEnd = area.getCaretColumn() == paragraph.length();
        if (style.is(BlockType.HEADING) && atEnd || style.holdsObject()) {
            int end = area.paragraphStart(index) + paragraph.length();
            ParStyle next = ParStyle.PARAGRAPH.withDirection(style.direction());
            area.replace(end, end, new AreaDocumentBuilder(area.segmentOps())
                    .paragraph(style, "", TextStyle.PLAIN)
                    .paragraph(next, "", TextStyle.PLAIN).build());
            return true;
        }
        return false;
    }

    /** Backspace at the start of a list item, quote or heading makes it a paragraph; images are not merged away. */
    boolean backspace() {
        IndexRange selection = area.getSelection();
        if (selection.getLength() > 0 || area.getCaretColumn() != 0) {
            return false;
        }
        int index = area.getCurrentParagraph();
        ParStyle style = area.paragraphStyle(index);
        if (style.isListItem() || style.is(BlockType.QUOTE) || style.is(BlockType.HEADING)) {
            blocks.toParagraph(index);
            return true;
        }
        if (style.holdsObject()) {
            return true; // merging would drop the picture or table; they are removed by selecting them
        }
        if (index > 0 && area.paragraphStyle(index - 1).holdsObject()) {
            area.moveTo(index - 1, area.getParagraph(index - 1).length());
            return true;
        }
        return false;
    }

    /** Delete at the end of a paragraph never pulls an image caption into it, or it into a caption. */
    boolean delete() {
        if (area.getSelection().getLength() > 0) {
            return false;
        }
        int index = area.getCurrentParagraph();
        boolean atEnd = area.getCaretColumn() == area.getParagraph(index).length();
        boolean lastParagraph = index == area.getParagraphs().size() - 1;
        return atEnd && !lastParagraph
                && (area.paragraphStyle(index).holdsObject() || area.paragraphStyle(index + 1).holdsObject());
    }
}
