package org.newsdesk.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Document;
import org.newsdesk.model.Mark;
import org.newsdesk.model.Table;
import org.newsdesk.model.TableCell;
import org.newsdesk.model.TextRun;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.ResolvedImage;

/**
 * An article as Markdown that Newsdesk's own Markdown import reads back: front matter (language, standfirst,
 * dateline, byline, tags), the headline as "# ", then the body. Tables are pipe tables (GitHub's syntax), a caption
 * in a "Table: …" line under it; a table without a header row gets an empty one, which the import drops again.
 * Underline, superscript and subscript have no Markdown of their own and are left as plain text.
 */
public final class MarkdownWriter {

    public String write(Article article, ImageResolver images) {
        StringBuilder out = new StringBuilder("---\n");
        field(out, "language", article.language().tag());
        field(out, "standfirst", article.standfirst());
        field(out, "dateline", article.dateline());
        field(out, "byline", article.byline());
        if (!article.tags().isEmpty()) {
            field(out, "tags", String.join(", ", article.tags()));
        }
        out.append("---\n\n# ").append(inline(List.of(TextRun.plain(article.headline())))).append("\n\n");
        out.append(body(article.body(), images));
        return out.toString();
    }

    /** The body alone. */
    public String body(Document body, ImageResolver images) {
        StringBuilder out = new StringBuilder();
        List<Integer> listIndents = new ArrayList<>(); // the content column of each open list level
        BlockType previous = null;
        for (Block block : body.blocks()) {
            if (!block.type().isListItem()) {
                listIndents.clear();
            }
            if (previous != null && !(previous.isListItem() && block.type().isListItem())
                    && !(previous == BlockType.QUOTE && block.type() == BlockType.QUOTE)) {
                out.append('\n');
            }
            switch (block.type()) {
                case HEADING -> out.append("#".repeat(block.level())).append(' ').append(inline(block.runs())).append('\n');
                case BULLET_ITEM, NUMBERED_ITEM -> listItem(block, listIndents, out);
                case QUOTE -> out.append(previous == BlockType.QUOTE ? ">\n> " : "> ").append(inline(block.runs())).append('\n');
                case IMAGE -> image(block, images, out);
                case TABLE -> table(block, out);
                default -> {
                    if (block.text().isBlank()) {
                        continue;
                    }
                    out.append(inline(block.runs())).append('\n');
                }
            }
            previous = block.type();
        }
        return out.toString();
    }

    private static void listItem(Block block, List<Integer> indents, StringBuilder out) {
        int depth = Math.min(block.level(), indents.size());
        while (indents.size() > depth) {
            indents.remove(indents.size() - 1);
        }
        int indent = depth == 0 ? 0 : indents.get(depth - 1);
        String marker = block.type() == BlockType.NUMBERED_ITEM ? "1. " : "- ";
        out.append(" ".repeat(indent)).append(marker).append(inline(block.runs())).append('\n');
        indents.add(indent + marker.length());
    }

    private static void image(Block block, ImageResolver images, StringBuilder out) {
        Optional<ResolvedImage> image = images.resolve(block.image().assetId());
        String caption = block.image().caption();
        if (image.isEmpty()) {
            if (!caption.isBlank()) {
                out.append(escape(caption)).append('\n');
            }
            return;
        }
        out.append("![").append(escape(block.image().altText())).append("](").append(image.get().src());
        if (!caption.isBlank()) {
            out.append(" \"").append(caption.replace("\"", "\\\"").replace('\n', ' ')).append('"');
        }
        out.append(")\n");
    }

    private static void table(Block block, StringBuilder out) {
        Table table = block.table();
        List<List<TableCell>> rows = table.rows();
        int first = 0;
        if (table.headerRow()) {
            row(rows.get(0), out);
            first = 1;
        } else {
            out.append("|").append("  |".repeat(table.columnCount())).append('\n');
        }
        out.append("|").append(" --- |".repeat(table.columnCount())).append('\n');
        for (List<TableCell> row : rows.subList(first, rows.size())) {
            row(row, out);
        }
        if (!block.runsText().isBlank()) {
            out.append("\nTable: ").append(inline(block.runs())).append('\n');
        }
    }

    private static void row(List<TableCell> cells, StringBuilder out) {
        out.append('|');
        for (TableCell cell : cells) {
            out.append(' ').append(inline(cell.runs()).replace("|", "\\|").replace("  \n", " ")).append(" |");
        }
        out.append('\n');
    }

    /** Runs as Markdown: bold, italic, strikethrough-free emphasis and links; text escaped. */
    static String inline(List<TextRun> runs) {
        StringBuilder out = new StringBuilder();
        for (TextRun run : runs) {
            String text = escape(run.text()).replace("\n", "  \n");
            String lead = text.substring(0, text.length() - text.stripLeading().length());
            String trail = text.substring(text.stripTrailing().length());
            String core = text.strip();
            if (core.isEmpty()) {
                out.append(text);
                continue;
            }
            if (run.has(Mark.ITALIC)) {
                core = "*" + core + "*";
            }
            if (run.has(Mark.BOLD)) {
                core = "**" + core + "**";
            }
            if (run.link() != null) {
                core = "[" + core + "](" + run.link().replace(")", "%29").replace(" ", "%20") + ")";
            }
            out.append(lead).append(core).append(trail);
        }
        return out.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.append(name).append(": ").append(value.replace('\n', ' ').strip()).append('\n');
        }
    }
}
