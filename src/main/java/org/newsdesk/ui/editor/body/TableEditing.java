package org.newsdesk.ui.editor.body;

import java.util.List;
import java.util.Optional;
import org.fxmisc.richtext.model.Paragraph;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Document;
import org.newsdesk.model.Table;

/**
 * Tables in the body: inserting one, the grid being edited, and putting its edits into the area, each change one
 * undo step of the area's. A table is one paragraph: its style holds the cells, its text is the caption.
 *
 * <p>While a cell is edited the words collect in the grid's draft ({@link TableGrid}); they go into the area when
 * the caret leaves the table, or with the next change of rows or columns. {@link #withDraft} lets a save read
 * them before that.
 */
final class TableEditing {
    private final BodyArea area;
    private final Runnable onDraftChanged;
    private TableGrid active;
    private int pendingParagraph = -1;
    private TableGrid.CellRef pendingCell;

    /** @param onDraftChanged told after every edit in a cell, so that an autosave gets scheduled */
    TableEditing(BodyArea area, Runnable onDraftChanged) {
        this.area = area;
        this.onDraftChanged = onDraftChanged;
    }

    /**
     * Puts a table of {@code rows} by {@code columns} after the caret's paragraph (in place of it when empty), a
     * paragraph after it when it would be the last, and starts editing its first cell.
     */
    void insert(int rows, int columns, boolean headerRow) {
        finishEditing();
        int here = area.currentParagraphIndex();
        Paragraph<ParStyle, String, TextStyle> paragraph = area.getParagraph(here);
        boolean last = here == area.getParagraphs().size() - 1;
        boolean replaceEmpty = paragraph.length() == 0 && !paragraph.getParagraphStyle().holdsObject();
        AreaDocumentBuilder doc = new AreaDocumentBuilder(area.segmentOps());
        if (!replaceEmpty) {
            doc.paragraph(ParStyle.PARAGRAPH, "", TextStyle.PLAIN); // ends the caret's paragraph as it is
        }
        doc.paragraph(ParStyle.of(Block.table(Table.empty(rows, columns, headerRow))), "", TextStyle.PLAIN);
        if (last) {
            doc.paragraph(ParStyle.PARAGRAPH, "", TextStyle.PLAIN);
        }
        int at = area.paragraphStart(here) + (replaceEmpty ? 0 : paragraph.length());
        int table = replaceEmpty ? here : here + 1;
        area.getUndoManager().preventMerge();
        area.replace(at, at, doc.build());
        area.getUndoManager().preventMerge();
        area.moveTo(table, 0);
        area.requestFollowCaret();
        editLater(table, new TableGrid.CellRef(0, 0, true));
    }

    /** Tab in the body with the caret in a table's caption line: into its first cell. */
    boolean enterFromCaret() {
        int index = area.currentParagraphIndex();
        if (!isTable(index)) {
            return false;
        }
        editLater(index, new TableGrid.CellRef(0, 0, true));
        refresh(index);
        return true;
    }

    boolean isTable(int index) {
        return index >= 0 && index < area.getParagraphs().size() && area.paragraphStyle(index).is(BlockType.TABLE);
    }

    /** The cell to edit once the grid of paragraph {@code index} is drawn anew, if any. */
    Optional<TableGrid.CellRef> pendingEdit(int index) {
        return index == pendingParagraph && pendingCell != null ? Optional.of(pendingCell) : Optional.empty();
    }

    /**
     * Called by a grid that is on screen and about to edit {@code cell}: true when that edit is still wanted (the
     * area may draw a paragraph's graphic more than once; the first grid on screen takes it).
     */
    boolean takePendingEdit(int index, TableGrid.CellRef cell) {
        if (index != pendingParagraph || !cell.equals(pendingCell)) {
            return false;
        }
        pendingCell = null;
        pendingParagraph = -1;
        return true;
    }

    void started(TableGrid grid) {
        if (active != null && active != grid) {
            leave(active);
        }
        active = grid;
    }

    void draftChanged(TableGrid grid) {
        if (grid == active) {
            onDraftChanged.run();
        }
    }

    /** The caret left the grid: its edits go into the area as one step. */
    void leave(TableGrid grid) {
        grid.stopEditor();
        if (grid != active) {
            return;
        }
        active = null;
        put(grid, grid.draft());
    }

    /** Rows, columns or the header changed in the grid: one step, then the same or a nearby cell is edited again. */
    void change(TableGrid grid, Table changed, TableGrid.CellRef focus) {
        grid.stopEditor();
        if (active == grid) {
            active = null;
        }
        if (changed.equals(grid.original())) {
            grid.edit(focus.row(), focus.column(), focus.atEnd()); // nothing to redraw
        } else if (put(grid, changed)) {
            editLater(grid.paragraph(), new TableGrid.CellRef(Math.min(focus.row(), changed.rowCount() - 1),
                    Math.min(focus.column(), changed.columnCount() - 1), focus.atEnd()));
        }
    }

    /** Takes the table of the grid out of the body, with its caption. */
    void remove(TableGrid grid) {
        grid.stopEditor();
        if (active == grid) {
            active = null;
        }
        int index = grid.paragraph();
        if (!isTable(index) || !area.paragraphStyle(index).table().equals(grid.original())) {
            return;
        }
        int count = area.getParagraphs().size();
        area.getUndoManager().preventMerge();
        if (count == 1) {
            area.replace(0, area.getLength(), new AreaDocumentBuilder(area.segmentOps()).build());
        } else if (index < count - 1) {
            area.deleteText(area.paragraphStart(index), area.paragraphStart(index + 1));
        } else {
            area.deleteText(area.paragraphStart(index - 1) + area.getParagraph(index - 1).length(), area.getLength());
        }
        area.getUndoManager().preventMerge();
        area.requestFocus();
    }

    /** The body's caret to the start of the table's caption line. */
    void caretToCaption(int index) {
        if (index < area.getParagraphs().size()) {
            area.moveTo(index, 0);
        }
        area.requestFocus();
    }

    void undo() {
        area.requestFocus();
        area.undo();
    }

    /** Puts the edits of the grid being edited into the area now (before a command of the body's own). */
    void finishEditing() {
        if (active != null) {
            leave(active);
        }
    }

    /** Forgets the grid being edited without putting its edits anywhere: the area is being loaded anew. */
    void forget() {
        TableGrid grid = active;
        active = null;
        pendingCell = null;
        pendingParagraph = -1;
        if (grid != null) {
            grid.stopEditor();
        }
    }

    /** {@code document} with the draft of the table being edited in place of what the area holds for it. */
    Document withDraft(Document document) {
        if (active == null || active.paragraph() >= document.blocks().size()) {
            return document;
        }
        Block block = document.blocks().get(active.paragraph());
        if (block.type() != BlockType.TABLE || !block.table().equals(active.original())) {
            return document;
        }
        List<Block> blocks = new java.util.ArrayList<>(document.blocks());
        blocks.set(active.paragraph(), block.withTable(active.draft()));
        return new Document(blocks);
    }

    /** The table of the grid into its paragraph, unless the body changed under the grid meanwhile. */
    private boolean put(TableGrid grid, Table table) {
        int index = grid.paragraph();
        if (!isTable(index) || !area.paragraphStyle(index).table().equals(grid.original())) {
            return false;
        }
        if (!table.equals(grid.original())) {
            area.getUndoManager().preventMerge();
            area.setParagraphStyle(index, area.paragraphStyle(index).withTable(table));
            area.getUndoManager().preventMerge();
        }
        return true;
    }

    private void editLater(int index, TableGrid.CellRef cell) {
        pendingParagraph = index;
        pendingCell = cell;
    }

    /** Draws the paragraph's grid anew (setting the graphic factory again is how RichTextFX redraws graphics). */
    private void refresh(int index) {
        var graphics = area.getParagraphGraphicFactory();
        area.setParagraphGraphicFactory(null);
        area.setParagraphGraphicFactory(graphics);
    }
}
