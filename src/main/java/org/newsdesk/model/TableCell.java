package org.newsdesk.model;

import java.util.List;

/**
 * One cell of a table: a stretch of inline text (marks and links, no blocks). Runs are normalised like a block's:
 * adjacent runs of the same style merged, empty runs dropped.
 */
public record TableCell(List<TextRun> runs) {

    public static final TableCell EMPTY = new TableCell(List.of());

    public TableCell {
        runs = Runs.normalise(runs == null ? List.of() : runs);
    }

    public static TableCell of(String text) {
        return new TableCell(List.of(TextRun.plain(text)));
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextRun run : runs) {
            sb.append(run.text());
        }
        return sb.toString();
    }
}
