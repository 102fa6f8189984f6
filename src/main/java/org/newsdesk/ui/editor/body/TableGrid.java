package org.newsdesk.ui.editor.body;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.model.StyledSegment;
import org.newsdesk.model.Mark;
import org.newsdesk.model.RunEdits;
import org.newsdesk.model.Table;
import org.newsdesk.model.TableCell;
import org.newsdesk.model.TextRun;

/**
 * The cells of one table paragraph. Cells show their words with their marks; one cell at a time is edited in a text
 * field (click it, or Tab into it). Edits collect in a draft of the table that goes into the body as one undo step
 * when the table is left, so typing in a cell never rebuilds the grid under the caret.
 *
 * <p>Keys in a cell: Tab / Shift+Tab next and previous cell (Tab in the last cell adds a row), Enter the cell below,
 * Escape back to the body, Ctrl+B/I/U marks on the selected characters, Ctrl+Z undoes the typing in the cell and
 * then the body's last step.
 */
final class TableGrid extends GridPane {

    /** A cell of the grid, by row and column. */
    record CellRef(int row, int column, boolean atEnd) {
    }

    private final org.newsdesk.i18n.Messages t;
    private final int paragraph;
    private final Table original;
    private final boolean rightToLeft;
    private final TableEditing editing;
    private Table draft;
    private TextField editor;
    private int editRow = -1;
    private int editColumn = -1;
    private Runnable onContentChanged = () -> { };

    TableGrid(org.newsdesk.i18n.Messages t, int paragraph, Table table, boolean rightToLeft, TableEditing editing) {
        this.t = t;
        this.paragraph = paragraph;
        this.original = table;
        this.draft = table;
        this.rightToLeft = rightToLeft;
        this.editing = editing;
        getStyleClass().add("table-grid");
        setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        for (int c = 0; c < table.columnCount(); c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / table.columnCount());
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        for (int r = 0; r < table.rowCount(); r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                add(cellNode(r, c), c, r);
            }
        }
        ContextMenu menu = menu();
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            CellRef cell = cellAt(e);
            if (cell != null) {
                edit(cell.row(), cell.column(), true);
            }
            if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
                menu.show(this, e.getScreenX(), e.getScreenY());
            }
            e.consume(); // RichTextFX must not start a text selection under the grid
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, MouseEvent::consume);
        addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        setOnContextMenuRequested(e -> {
            if (!menu.isShowing()) {
                menu.show(this, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    int paragraph() {
        return paragraph;
    }

    /** The table as it was when the grid was drawn: the body still holds it unless something changed it since. */
    Table original() {
        return original;
    }

    /** The table with the edits made in the grid so far. */
    Table draft() {
        return draft;
    }

    boolean isEditing() {
        return editor != null;
    }

    /** The text field of the cell being edited, or null. */
    TextField editor() {
        return editor;
    }

    void contentChanged(Runnable listener) {
        this.onContentChanged = listener;
    }

    /** Starts editing a cell, the caret at its end (or start). */
    void edit(int row, int column, boolean atEnd) {
        if (row < 0 || column < 0 || row >= draft.rowCount() || column >= draft.columnCount()) {
            return;
        }
        if (editor != null && editRow == row && editColumn == column) {
            editor.requestFocus();
            return;
        }
        stopEditor();
        editRow = row;
        editColumn = column;
        TextField field = new TextField(draft.cell(row, column).text());
        field.getStyleClass().add("table-cell-editor");
        field.setId("table-cell-editor");
        field.setNodeOrientation(getNodeOrientation());
        field.textProperty().addListener((obs, old, text) -> {
            List<TextRun> runs = RunEdits.withText(draft.cell(editRow, editColumn).runs(), text);
            draft = draft.withCell(editRow, editColumn, new TableCell(runs));
            editing.draftChanged(this);
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && getScene() != null && !isInside(getScene().getFocusOwner())) {
                editing.leave(this);
            }
        });
        editor = field;
        StackPane box = cellBox(row, column);
        box.getChildren().setAll(field);
        relayout();
        editing.started(this);
        field.requestFocus();
        if (atEnd) {
            field.end();
        } else {
            field.home();
        }
        onContentChanged.run();
    }

    /** Puts the text of the edited cell back as drawn text; the draft keeps it. */
    void stopEditor() {
        if (editor == null) {
            return;
        }
        StackPane box = cellBox(editRow, editColumn);
        editor = null;
        box.getChildren().setAll(textOf(draft.cell(editRow, editColumn)));
        editRow = -1;
        editColumn = -1;
        relayout();
    }

    /**
     * Lays the cells out now: the grid is an unmanaged graphic of a paragraph, and the paragraph does not lay out
     * its graphic's insides again when a cell swaps its words for the text field.
     */
    private void relayout() {
        if (getScene() != null) {
            applyCss();
            layout();
        }
    }

    private void key(KeyEvent e) {
        boolean shortcut = e.isShortcutDown();
        KeyCode code = e.getCode();
        if (code == KeyCode.TAB && !shortcut) {
            e.consume();
            if (e.isShiftDown()) {
                move(-1);
            } else if (editRow == draft.rowCount() - 1 && editColumn == draft.columnCount() - 1) {
                editing.change(this, draft.withRowInserted(draft.rowCount()), new CellRef(draft.rowCount(), 0, false));
            } else {
                move(1);
            }
        } else if (code == KeyCode.ENTER && !shortcut) {
            e.consume();
            if (editRow < draft.rowCount() - 1) {
                edit(editRow + 1, editColumn, true);
            } else {
                editing.leave(this);
                editing.caretToCaption(paragraph);
            }
        } else if (code == KeyCode.ESCAPE) {
            e.consume();
            editing.leave(this);
            editing.caretToCaption(paragraph);
        } else if (code == KeyCode.UP && !shortcut && editRow > 0) {
            e.consume();
            edit(editRow - 1, editColumn, true);
        } else if (code == KeyCode.DOWN && !shortcut && editRow < draft.rowCount() - 1) {
            e.consume();
            edit(editRow + 1, editColumn, true);
        } else if (shortcut && !e.isAltDown() && (code == KeyCode.B || code == KeyCode.I || code == KeyCode.U)) {
            e.consume();
            toggle(code == KeyCode.B ? Mark.BOLD : code == KeyCode.I ? Mark.ITALIC : Mark.UNDERLINE);
        } else if (shortcut && code == KeyCode.Z && !e.isShiftDown() && !editor.isUndoable()) {
            e.consume();
            editing.leave(this);
            editing.undo();
        }
    }

    /** The next or previous cell in reading order; past either end nothing happens. */
    private void move(int step) {
        int columns = draft.columnCount();
        int next = editRow * columns + editColumn + step;
        if (next >= 0 && next < draft.rowCount() * columns) {
            edit(next / columns, next % columns, true);
        }
    }

    private void toggle(Mark mark) {
        int start = editor.getSelection().getStart();
        int end = editor.getSelection().getEnd();
        List<TextRun> runs = RunEdits.toggle(draft.cell(editRow, editColumn).runs(), start, end, mark);
        draft = draft.withCell(editRow, editColumn, new TableCell(runs));
        editing.draftChanged(this);
    }

    private ContextMenu menu() {
        MenuItem rowAbove = item("table-row-above", t.get("table.rowAbove"),
                () -> change(draft.withRowInserted(row()), new CellRef(row(), column(), false)));
        MenuItem rowBelow = item("table-row-below", t.get("table.rowBelow"),
                () -> change(draft.withRowInserted(row() + 1), new CellRef(row() + 1, column(), false)));
        MenuItem deleteRow = item("table-row-delete", t.get("table.deleteRow"),
                () -> change(draft.withRowRemoved(row()), new CellRef(Math.max(0, row() - 1), column(), true)));
        MenuItem columnBefore = item("table-column-before", t.get(rightToLeft ? "table.columnRight" : "table.columnLeft"),
                () -> change(draft.withColumnInserted(column()), new CellRef(row(), column(), false)));
        MenuItem columnAfter = item("table-column-after", t.get(rightToLeft ? "table.columnLeft" : "table.columnRight"),
                () -> change(draft.withColumnInserted(column() + 1), new CellRef(row(), column() + 1, false)));
        MenuItem deleteColumn = item("table-column-delete", t.get("table.deleteColumn"),
                () -> change(draft.withColumnRemoved(column()), new CellRef(row(), Math.max(0, column() - 1), true)));
        CheckMenuItem header = new CheckMenuItem(t.get("table.headerRow"));
        header.setId("table-header-row");
        header.setSelected(draft.headerRow());
        header.setOnAction(e -> change(draft.withHeaderRow(header.isSelected()), new CellRef(row(), column(), true)));
        MenuItem delete = item("table-delete", t.get("table.delete"), () -> editing.remove(this));
        ContextMenu menu = new ContextMenu(rowAbove, rowBelow, deleteRow, new SeparatorMenuItem(), columnBefore,
                columnAfter, deleteColumn, new SeparatorMenuItem(), header, new SeparatorMenuItem(), delete);
        menu.setOnShowing(e -> header.setSelected(draft.headerRow()));
        return menu;
    }

    private void change(Table changed, CellRef focus) {
        editing.change(this, changed, focus);
    }

    private int row() {
        return Math.max(0, editRow);
    }

    private int column() {
        return Math.max(0, editColumn);
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private StackPane cellNode(int row, int column) {
        StackPane box = new StackPane(textOf(draft.cell(row, column)));
        box.getStyleClass().add("table-cell");
        if (row == 0 && draft.headerRow()) {
            box.getStyleClass().add("table-header");
        }
        box.getProperties().put(CellRef.class, new CellRef(row, column, true));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        return box;
    }

    private TextFlow textOf(TableCell cell) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("table-cell-text");
        for (TextRun run : cell.runs()) {
            TextStyle style = TextStyle.of(run);
            for (String piece : WordSegmentOps.pieces(run.text().replace('\n', ' '))) {
                flow.getChildren().add(SegmentLook.createNode(new StyledSegment<>(piece, style)));
            }
        }
        return flow;
    }

    private StackPane cellBox(int row, int column) {
        for (Node child : getChildren()) {
            if (child.getProperties().get(CellRef.class) instanceof CellRef ref && ref.row() == row && ref.column() == column) {
                return (StackPane) child;
            }
        }
        throw new IllegalStateException("No cell " + row + "," + column);
    }

    private CellRef cellAt(MouseEvent e) {
        for (Node child : getChildren()) {
            if (child.getProperties().get(CellRef.class) instanceof CellRef ref
                    && child.getBoundsInParent().contains(child.getParent().sceneToLocal(e.getSceneX(), e.getSceneY()))) {
                return ref;
            }
        }
        return null;
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }
}
