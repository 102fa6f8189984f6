package org.newsdesk.ui.editor.body;

import java.util.ArrayDeque;
import java.util.Deque;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;

/**
 * A body fragment as simple HTML for the clipboard, so that copied text keeps its formatting when pasted into
 * the editor again or into another program. Not the export renderer: no page, no classes, just the structure.
 */
final class DocumentHtml {

    private DocumentHtml() {
    }

    static String of(Document document) {
        StringBuilder html = new StringBuilder();
        Deque<String> openLists = new ArrayDeque<>(); // "ul"/"ol", innermost first
        for (Block block : document.blocks()) {
            int depth = block.type().isListItem() ? block.level() + 1 : 0;
            String listTag = block.type() == BlockType.NUMBERED_ITEM ? "ol" : "ul";
            while (openLists.size() > depth || openLists.size() == depth && depth > 0 && !openLists.peek().equals(listTag)) {
                html.append("</").append(openLists.pop()).append('>');
            }
            while (openLists.size() < depth) {
                openLists.push(listTag);
                html.append('<').append(listTag).append('>');
            }
            String dir = block.direction() == Direction.AUTO ? "" : " dir=\"" + block.direction().name().toLowerCase() + "\"";
            switch (block.type()) {
                case HEADING -> element(html, "h" + block.level(), dir, block);
                case BULLET_ITEM, NUMBERED_ITEM -> element(html, "li", dir, block);
                case QUOTE -> {
                    html.append("<blockquote>");
                    element(html, "p", dir, block);
                    html.append("</blockquote>");
                }
                case IMAGE -> html.append("<p").append(dir).append('>').append(escape(block.image().caption())).append("</p>");
                case TABLE -> table(html, dir, block);
                default -> element(html, "p", dir, block);
            }
        }
        while (!openLists.isEmpty()) {
            html.append("</").append(openLists.pop()).append('>');
        }
        return html.toString();
    }

    private static void table(StringBuilder html, String dir, Block block) {
        html.append("<table").append(dir).append('>');
        if (!block.runsText().isBlank()) {
            html.append("<caption>");
            block.runs().forEach(run -> run(html, run));
            html.append("</caption>");
        }
        var rows = block.table().rows();
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r == 0 && block.table().headerRow();
            html.append(header ? "<thead><tr>" : "<tr>");
            for (var cell : rows.get(r)) {
                html.append(header ? "<th>" : "<td>");
                cell.runs().forEach(run -> run(html, run));
                html.append(header ? "</th>" : "</td>");
            }
            html.append(header ? "</tr></thead>" : "</tr>");
        }
        html.append("</table>");
    }

    private static void element(StringBuilder html, String tag, String dir, Block block) {
        html.append('<').append(tag).append(dir).append('>');
        for (TextRun run : block.runs()) {
            run(html, run);
        }
        html.append("</").append(tag).append('>');
    }

    private static void run(StringBuilder html, TextRun run) {
        StringBuilder close = new StringBuilder();
        if (run.link() != null) {
            html.append("<a href=\"").append(escape(run.link())).append("\">");
            close.insert(0, "</a>");
        }
        for (Mark mark : run.marks()) {
            String tag = switch (mark) {
                case BOLD -> "strong";
                case ITALIC -> "em";
                case UNDERLINE -> "u";
                case STRIKETHROUGH -> "s";
                case SUPERSCRIPT -> "sup";
                case SUBSCRIPT -> "sub";
            };
            html.append('<').append(tag).append('>');
            close.insert(0, "</" + tag + ">");
        }
        html.append(escape(run.text()).replace("\n", "<br>")).append(close);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
