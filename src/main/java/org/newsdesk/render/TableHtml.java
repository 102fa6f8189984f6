package org.newsdesk.render;

import java.util.List;
import org.newsdesk.model.Block;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Table;
import org.newsdesk.model.TableCell;

/**
 * Renders a table block as a semantic {@code <table>}: its caption, the header row in {@code <thead>} as
 * {@code <th scope="col">}, the other rows in {@code <tbody>}. Cells hold inline HTML only.
 */
final class TableHtml {
    private TableHtml() {
    }

    static void render(Block block, Direction inherited, NoteAnchors notes, StringBuilder out) {
        Table table = block.table();
        out.append("<table").append(BodyHtml.dirAttribute(block.resolvedDirection(), inherited)).append(">\n");
        if (!block.runsText().isBlank()) {
            out.append("<caption>").append(InlineHtml.render(block.runs(), notes)).append("</caption>\n");
        }
        List<List<TableCell>> rows = table.rows();
        int first = 0;
        if (table.headerRow()) {
            out.append("<thead>\n");
            row(rows.get(0), "th", notes, out);
            out.append("</thead>\n");
            first = 1;
        }
        if (first < rows.size()) {
            out.append("<tbody>\n");
            for (List<TableCell> row : rows.subList(first, rows.size())) {
                row(row, "td", notes, out);
            }
            out.append("</tbody>\n");
        }
        out.append("</table>\n");
    }

    private static void row(List<TableCell> cells, String element, NoteAnchors notes, StringBuilder out) {
        out.append("<tr>");
        for (TableCell cell : cells) {
            out.append('<').append(element).append(element.equals("th") ? " scope=\"col\"" : "").append('>')
                    .append(InlineHtml.render(cell.runs(), notes))
                    .append("</").append(element).append('>');
        }
        out.append("</tr>\n");
    }
}
