package org.newsdesk.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The grid of a table block: rows of cells of inline text, always rectangular (short rows are filled with empty
 * cells) and at least one cell. Merged cells of the source (Word, HTML) come in as their first cell holding the
 * text and empty cells for the rest, so every row has the same columns.
 *
 * @param rows      the rows, top to bottom; each row's cells left to right in reading order
 * @param headerRow true when the first row labels the columns (written as {@code <th scope="col">})
 */
public record Table(List<List<TableCell>> rows, boolean headerRow) {

    /** A table wider or longer than this is a spreadsheet, not part of a news article; it is cut off here. */
    public static final int MAX_COLUMNS = 64;
    public static final int MAX_ROWS = 5_000;

    public Table {
        List<List<TableCell>> input = rows == null ? List.of() : rows;
        int columns = 1;
        for (List<TableCell> row : input) {
            columns = Math.max(columns, row == null ? 0 : Math.min(row.size(), MAX_COLUMNS));
        }
        List<List<TableCell>> grid = new ArrayList<>();
        for (List<TableCell> row : input.subList(0, Math.min(input.size(), MAX_ROWS))) {
            List<TableCell> cells = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) {
                TableCell cell = row != null && c < row.size() ? row.get(c) : null;
                cells.add(cell == null ? TableCell.EMPTY : cell);
            }
            grid.add(Collections.unmodifiableList(cells));
        }
        if (grid.isEmpty()) {
            grid.add(List.of(TableCell.EMPTY));
        }
        rows = List.copyOf(grid);
    }

    /** An empty table of {@code rowCount} by {@code columnCount} cells. */
    public static Table empty(int rowCount, int columnCount, boolean headerRow) {
        List<List<TableCell>> grid = new ArrayList<>();
        for (int r = 0; r < Math.max(1, rowCount); r++) {
            grid.add(Collections.nCopies(Math.max(1, columnCount), TableCell.EMPTY));
        }
        return new Table(grid, headerRow);
    }

    /** A table of plain text, e.g. {@code Table.of(true, List.of("Country", "Share"), List.of("Kenya", "12 %"))}. */
    @SafeVarargs
    public static Table of(boolean headerRow, List<String>... rows) {
        List<List<TableCell>> grid = new ArrayList<>();
        for (List<String> row : rows) {
            grid.add(row.stream().map(TableCell::of).toList());
        }
        return new Table(grid, headerRow);
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return rows.get(0).size();
    }

    public TableCell cell(int row, int column) {
        return rows.get(row).get(column);
    }

    /**
     * The cells' words, cells separated by a tab and rows by a line break: what search indexes, words are counted
     * in, and comments anchor on.
     */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                sb.append('\n');
            }
            List<TableCell> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    sb.append('\t');
                }
                sb.append(row.get(c).text());
            }
        }
        return sb.toString();
    }

    public boolean isBlank() {
        return rows.stream().flatMap(List::stream).allMatch(cell -> cell.text().isBlank());
    }

    public Table withCell(int row, int column, TableCell cell) {
        List<List<TableCell>> grid = mutableRows();
        grid.get(row).set(column, cell);
        return new Table(grid, headerRow);
    }

    public Table withHeaderRow(boolean header) {
        return new Table(rows, header);
    }

    /** With an empty row inserted at {@code index} (0..rowCount). */
    public Table withRowInserted(int index) {
        List<List<TableCell>> grid = mutableRows();
        grid.add(clamp(index, 0, grid.size()), new ArrayList<>(Collections.nCopies(columnCount(), TableCell.EMPTY)));
        return new Table(grid, headerRow);
    }

    /** Without row {@code index}; the last row is never removed (a table has at least one cell). */
    public Table withRowRemoved(int index) {
        if (rows.size() == 1) {
            return this;
        }
        List<List<TableCell>> grid = mutableRows();
        grid.remove(clamp(index, 0, grid.size() - 1));
        return new Table(grid, headerRow);
    }

    /** With an empty column inserted at {@code index} (0..columnCount). */
    public Table withColumnInserted(int index) {
        if (columnCount() >= MAX_COLUMNS) {
            return this;
        }
        List<List<TableCell>> grid = mutableRows();
        for (List<TableCell> row : grid) {
            row.add(clamp(index, 0, row.size()), TableCell.EMPTY);
        }
        return new Table(grid, headerRow);
    }

    /** Without column {@code index}; the last column is never removed. */
    public Table withColumnRemoved(int index) {
        if (columnCount() == 1) {
            return this;
        }
        List<List<TableCell>> grid = mutableRows();
        for (List<TableCell> row : grid) {
            row.remove(clamp(index, 0, row.size() - 1));
        }
        return new Table(grid, headerRow);
    }

    private List<List<TableCell>> mutableRows() {
        List<List<TableCell>> grid = new ArrayList<>(rows.size());
        for (List<TableCell> row : rows) {
            grid.add(new ArrayList<>(row));
        }
        return grid;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
