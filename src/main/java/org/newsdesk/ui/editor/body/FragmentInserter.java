package org.newsdesk.ui.editor.body;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Document;
import org.newsdesk.model.TextRun;

/**
 * Puts a body fragment (a paste) in place of the selection as one undo step. A fragment that starts with a plain
 * paragraph flows into the paragraph at the caret instead of turning a heading or list item into a paragraph.
 */
final class FragmentInserter {

    private final BodyArea area;
    private final DocumentMapper mapper;

    FragmentInserter(BodyArea area, DocumentMapper mapper) {
        this.area = area;
        this.mapper = mapper;
    }

    void insert(Document fragment) {
        if (fragment.blocks().isEmpty()) {
            return;
        }
        IndexRange selection = area.getSelection();
        ParStyle here = area.getParagraph(area.offsetToPosition(selection.getStart(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()).getParagraphStyle();
        ReadOnlyStyledDocument<ParStyle, String, TextStyle> doc = mapper.toArea(fragment);
        if (fragment.blocks().get(0).type() == BlockType.PARAGRAPH && !here.is(BlockType.IMAGE)) {
            boolean[] first = {true};
            doc = doc.mapParagraphs(p -> {
                if (first[0]) {
                    first[0] = false;
                    return p.setParagraphStyle(here);
                }
                return p;
            });
        }
        area.getUndoManager().preventMerge();
        area.replace(selection.getStart(), selection.getEnd(), doc);
        area.getUndoManager().preventMerge();
        area.requestFollowCaret();
    }

    /** Plain text: paragraphs split on blank lines, in the style typed at the caret (without its link). */
    void insertPlainText(String text, TextStyle style) {
        Document plain = Document.ofPlainText(text);
        List<Block> blocks = new ArrayList<>();
        for (Block block : plain.blocks()) {
            blocks.add(block.withRuns(List.of(new TextRun(block.text(), style.marks(), null))));
        }
        insert(new Document(blocks));
    }
}
