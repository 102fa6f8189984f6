package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;

/**
 * Markdown (CommonMark) to the body document: headings, paragraphs, bold, italic, links, nested lists and
 * quotes are kept; code becomes plain text; raw HTML is dropped. The first level-1 heading, if any, is
 * taken out as the headline.
 */
public final class MarkdownConverter {
    private final Parser parser = Parser.builder().build();

    /** The converted body and the headline taken from the first "# " heading (empty when there is none). */
    public record Result(String headline, Document body) {
    }

    public Result convert(String markdown) {
        Node root = parser.parse(markdown);
        Walker walker = new Walker();
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            walker.block(n, 0, false);
        }
        return new Result(walker.headline == null ? "" : walker.headline, new Document(walker.blocks));
    }

    private static final class Walker {
        final List<Block> blocks = new ArrayList<>();
        String headline;

        void block(Node node, int depth, boolean inQuote) {
            if (node instanceof Heading h) {
                List<TextRun> runs = inlines(h);
                String text = runs.stream().map(TextRun::text).reduce("", String::concat).strip();
                if (h.getLevel() == 1 && headline == null && blocks.isEmpty()) {
                    headline = text;
                } else if (!text.isEmpty()) {
                    int level = Math.max(Block.MIN_HEADING, Math.min(Block.MAX_HEADING, h.getLevel()));
                    blocks.add(new Block(BlockType.HEADING, level, Direction.AUTO, runs, null));
                }
            } else if (node instanceof Paragraph p) {
                add(inQuote ? BlockType.QUOTE : BlockType.PARAGRAPH, 0, inlines(p));
            } else if (node instanceof BlockQuote) {
                for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                    block(c, depth, true);
                }
            } else if (node instanceof BulletList || node instanceof OrderedList) {
                BlockType type = node instanceof BulletList ? BlockType.BULLET_ITEM : BlockType.NUMBERED_ITEM;
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    listItem((ListItem) item, type, depth);
                }
            } else if (node instanceof FencedCodeBlock code) {
                add(BlockType.PARAGRAPH, 0, List.of(TextRun.plain(code.getLiteral().strip())));
            } else if (node instanceof IndentedCodeBlock code) {
                add(BlockType.PARAGRAPH, 0, List.of(TextRun.plain(code.getLiteral().strip())));
            }
            // thematic breaks, raw HTML blocks and link definitions carry no article text
        }

        void listItem(ListItem item, BlockType type, int depth) {
            int level = Math.min(depth, Block.MAX_DEPTH);
            boolean first = true;
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Paragraph p && first) {
                    add(type, level, inlines(p));
                    first = false;
                } else if (c instanceof BulletList || c instanceof OrderedList) {
                    block(c, depth + 1, false);
                } else if (c instanceof Paragraph p) {
                    add(type, level, inlines(p)); // a loose item's second paragraph stays in the list
                } else {
                    block(c, depth, false);
                }
            }
            if (first && item.getFirstChild() == null) {
                add(type, level, List.of());
            }
        }

        void add(BlockType type, int level, List<TextRun> runs) {
            List<TextRun> trimmed = TextRuns.trim(runs);
            if (trimmed.isEmpty() && !type.isListItem()) {
                return;
            }
            blocks.add(new Block(type, level, Direction.AUTO, trimmed, null));
        }

        List<TextRun> inlines(Node parent) {
            List<TextRun> runs = new ArrayList<>();
            collect(parent, EnumSet.noneOf(Mark.class), null, runs);
            return runs;
        }

        void collect(Node parent, Set<Mark> marks, String link, List<TextRun> out) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    out.add(new TextRun(t.getLiteral(), marks, link));
                } else if (n instanceof Code code) {
                    out.add(new TextRun(code.getLiteral(), marks, link));
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    out.add(new TextRun(" ", marks, link));
                } else if (n instanceof Emphasis) {
                    collect(n, with(marks, Mark.ITALIC), link, out);
                } else if (n instanceof StrongEmphasis) {
                    collect(n, with(marks, Mark.BOLD), link, out);
                } else if (n instanceof Link l) {
                    collect(n, marks, l.getDestination(), out);
                } else if (!(n instanceof HtmlInline)) {
                    collect(n, marks, link, out);
                }
            }
        }

        static Set<Mark> with(Set<Mark> marks, Mark mark) {
            EnumSet<Mark> copy = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
            copy.add(mark);
            return copy;
        }
    }
}
