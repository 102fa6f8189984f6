package org.newsdesk.ui.editor.body;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;
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
        int paragraph = area.offsetToPosition(selection.getStart(), TwoDimensional.Bias.Forward).getMajor();
        ParStyle here = area.paragraphStyle(paragraph);
        ReadOnlyStyledDocument<ParStyle, String, TextStyle> doc = mapper.toArea(fragment);
        if (fragment.blocks().get(0).type() == BlockType.PARAGRAPH && !here.is(BlockType.IMAGE)) {
            doc = doc.replaceParagraph(0, p -> p.setParagraphStyle(here))._1;
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
