package org.newsdesk.ui.editor.body;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;
import org.newsdesk.model.Mark;

/**
 * Marks and links on the selection, or on what is typed next when nothing is selected. Each command is one undo
 * step of its own.
 */
final class InlineFormatting {

    private final BodyArea area;

    InlineFormatting(BodyArea area) {
        this.area = area;
    }

    /** The style the next typed character would get. */
    TextStyle caretStyle() {
        TextStyle pending = area.getTextInsertionStyle();
        if (pending != null) {
            return pending;
        }
        Paragraph<ParStyle, String, TextStyle> paragraph = area.currentParagraph();
        int column = area.getCaretColumn();
        return paragraph.getStyleOfChar(column == 0 ? 0 : column - 1);
    }

    /** Marks every selected character carries; the caret's marks when nothing is selected. */
    Set<Mark> selectedMarks() {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0) {
            return caretStyle().marks();
        }
        EnumSet<Mark> common = EnumSet.allOf(Mark.class);
        for (StyleSpan<TextStyle> span : area.getStyleSpans(selection)) {
            if (span.getLength() > 0) {
                common.retainAll(span.getStyle().marks());
            }
        }
        return common;
    }

    void toggleMark(Mark mark) {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0) {
            TextStyle style = caretStyle();
            area.setTextInsertionStyle(style.has(mark) ? style.without(mark) : style.with(mark));
            return;
        }
        boolean add = !selectedMarks().contains(mark);
        restyle(selection, style -> add ? style.with(mark) : style.without(mark));
    }

    /** Removes the marks, keeps links: a link is content, not decoration. */
    void clearMarks() {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0) {
            area.setTextInsertionStyle(caretStyle().withMarks(Set.of()));
            return;
        }
        restyle(selection, style -> style.withMarks(Set.of()));
    }

    /** The link at the caret or in the selection's first character, or null. */
    String linkAtCaret() {
        IndexRange selection = area.getSelection();
        if (selection.getLength() > 0) {
            return area.getStyleOfChar(selection.getStart()).link();
        }
        IndexRange range = linkRange(area.getCaretPosition());
        return range == null ? null : area.getStyleOfChar(range.getStart()).link();
    }

    /** Links the selection; with none, relinks the link under the caret or inserts the address as a link. */
    void setLink(String href) {
        IndexRange selection = area.getSelection();
        if (selection.getLength() > 0) {
            restyle(selection, style -> style.withLink(href));
            return;
        }
        IndexRange existing = linkRange(area.getCaretPosition());
        if (existing != null) {
            restyle(existing, style -> style.withLink(href));
            return;
        }
        int caret = area.getCaretPosition();
        TextStyle style = caretStyle().withLink(href);
        area.getUndoManager().preventMerge();
        area.replace(caret, caret, new AreaDocumentBuilder(area.segmentOps())
                .paragraph(area.currentParagraph().getParagraphStyle(), href, style).build());
        area.setTextInsertionStyle(style.withLink(null));
        area.getUndoManager().preventMerge();
    }

    void removeLink() {
        IndexRange selection = area.getSelection();
        IndexRange range = selection.getLength() > 0 ? selection : linkRange(area.getCaretPosition());
        if (range != null) {
            restyle(range, style -> style.withLink(null));
        }
    }

    /** The whole link touching {@code position} (the character before it first), within its paragraph, or null. */
    IndexRange linkRange(int position) {
        TwoDimensional.Position pos = area.offsetToPosition(position, TwoDimensional.Bias.Forward);
        Paragraph<ParStyle, String, TextStyle> paragraph = area.getParagraph(pos.getMajor());
        int column = pos.getMinor();
        int probe = -1;
        if (column > 0 && paragraph.getStyleOfChar(column - 1).link() != null) {
            probe = column - 1;
        } else if (column < paragraph.length() && paragraph.getStyleOfChar(column).link() != null) {
            probe = column;
        }
        if (probe < 0) {
            return null;
        }
        String href = paragraph.getStyleOfChar(probe).link();
        int start = probe;
        while (start > 0 && href.equals(paragraph.getStyleOfChar(start - 1).link())) {
            start--;
        }
        int end = probe + 1;
        while (end < paragraph.length() && href.equals(paragraph.getStyleOfChar(end).link())) {
            end++;
        }
        int base = position - column;
        return new IndexRange(base + start, base + end);
    }

    /** Link of the character at {@code position}, for Ctrl+click. */
    String linkOfChar(int position) {
        if (position < 0 || position >= area.getLength()) {
            return null;
        }
        return area.getStyleOfChar(position).link();
    }

    private void restyle(IndexRange range, UnaryOperator<TextStyle> change) {
        StyleSpans<TextStyle> spans = area.getStyleSpans(range);
        area.getUndoManager().preventMerge();
        area.setStyleSpans(range.getStart(), spans.mapStyles(change));
        area.getUndoManager().preventMerge();
    }
}
