package org.newsdesk.ui.editor.body;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.Paragraph;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.ImageRef;

/**
 * Inserting, changing and removing figures, each one undo step. A figure is one paragraph: its style holds the
 * picture, credit, alt text and link; its text is the caption.
 */
final class FigureEditing {
    private final BodyArea area;

    FigureEditing(BodyArea area) {
        this.area = area;
    }

    /**
     * Puts the figure after the caret's paragraph, or in place of it when it is an empty paragraph; a paragraph
     * follows it when it would be the last, so there is somewhere to go on typing. The caret goes to the end of
     * its caption: typing writes the caption, and a second picture goes in right after the first.
     */
    void insert(ImageRef ref) {
        int here = area.currentParagraphIndex();
        Paragraph<ParStyle, String, TextStyle> paragraph = area.getParagraph(here);
        boolean last = here == area.getParagraphs().size() - 1;
        boolean replaceEmpty = paragraph.length() == 0 && !paragraph.getParagraphStyle().is(BlockType.IMAGE);
        AreaDocumentBuilder doc = new AreaDocumentBuilder(area.segmentOps());
        if (!replaceEmpty) {
            doc.paragraph(ParStyle.PARAGRAPH, "", TextStyle.PLAIN); // ends the caret's paragraph as it is
        }
        doc.paragraph(ParStyle.of(Block.image(ref)), caption(ref), TextStyle.PLAIN);
        if (last) {
            doc.paragraph(ParStyle.PARAGRAPH, "", TextStyle.PLAIN);
        }
        int at = area.paragraphStart(here) + (replaceEmpty ? 0 : paragraph.length());
        int figure = replaceEmpty ? here : here + 1;
        replace(at, at, doc);
        area.moveTo(figure, area.getParagraph(figure).length());
        area.requestFollowCaret();
    }

    /** New caption, credit, alt text or link for the figure of paragraph {@code index}. */
    void update(int index, ImageRef ref) {
        if (!isFigure(index)) {
            return;
        }
        int start = area.paragraphStart(index);
        int caret = area.getCaretPosition();
        AreaDocumentBuilder doc = new AreaDocumentBuilder(area.segmentOps())
                .paragraph(area.paragraphStyle(index).withImage(ref), caption(ref), TextStyle.PLAIN);
        replace(start, start + area.getParagraph(index).length(), doc);
        area.moveTo(Math.min(caret, area.getLength()));
    }

    /** Takes the figure of paragraph {@code index} out, with its line. */
    void remove(int index) {
        if (!isFigure(index)) {
            return;
        }
        int count = area.getParagraphs().size();
        if (count == 1) {
            replace(0, area.getLength(), new AreaDocumentBuilder(area.segmentOps()));
            return;
        }
        int start = area.paragraphStart(index);
        int end = start + area.getParagraph(index).length();
        if (index < count - 1) {
            end = area.paragraphStart(index + 1);
        } else {
            start = area.paragraphStart(index - 1) + area.getParagraph(index - 1).length();
        }
        area.getUndoManager().preventMerge();
        area.deleteText(start, end);
        area.getUndoManager().preventMerge();
    }

    boolean isFigure(int index) {
        return index >= 0 && index < area.getParagraphs().size() && area.paragraphStyle(index).is(BlockType.IMAGE);
    }

    /** The figure as the document would read it now: caption from the paragraph's text. */
    ImageRef figure(int index) {
        ImageRef ref = area.paragraphStyle(index).image();
        String caption = area.getParagraph(index).getText().replace(DocumentMapper.LINE_SEPARATOR, '\n');
        return new ImageRef(ref.assetId(), caption, ref.credit(), ref.altText(), ref.link());
    }

    /** Every figure in the body, in order. */
    List<ImageRef> figures() {
        List<ImageRef> all = new ArrayList<>();
        for (int i = 0; i < area.getParagraphs().size(); i++) {
            if (isFigure(i)) {
                all.add(figure(i));
            }
        }
        return all;
    }

    private void replace(int start, int end, AreaDocumentBuilder doc) {
        area.getUndoManager().preventMerge();
        area.replace(start, end, doc.build());
        area.getUndoManager().preventMerge();
    }

    private static String caption(ImageRef ref) {
        return ref.caption().replace('\n', DocumentMapper.LINE_SEPARATOR);
    }
}
