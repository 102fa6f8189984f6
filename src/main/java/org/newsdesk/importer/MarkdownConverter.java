package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
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
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;

/**
 * Markdown (CommonMark) to the body document: headings, paragraphs, bold, italic, links, nested lists and
 * quotes are kept; pipe tables become tables (a "Table: …" paragraph right under one is its caption; an empty header
 * row means none); code becomes plain text; raw HTML is dropped; pictures become figures when a {@link Pictures}
 * can place them, else their alt text stays as words. The first level-1 heading, if any, is
 * taken out as the headline.
 */
public final class MarkdownConverter {
    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** The converted body and the headline taken from the first "# " heading (empty when there is none). */
    public record Result(String headline, Document body) {
    }

    /**
     * Turns a picture of the text ({@code ![alt](destination "title")}, perhaps inside a link) into a figure,
     * or gives nothing to keep only its alt text as words.
     */
    @FunctionalInterface
    public interface Pictures {
        Pictures NONE = (destination, alt, title, link) -> Optional.empty();

        Optional<ImageRef> figure(String destination, String alt, String title, String link);
    }

    /** Pictures keep only their alt text (bodies typed on the command line, the sample articles). */
    public Result convert(String markdown) {
        return convert(markdown, Pictures.NONE);
    }

    /** A picture in a paragraph becomes an image block of its own, splitting the paragraph around it. */
    public Result convert(String markdown, Pictures pictures) {
        Node root = parser.parse(markdown);
        Walker walker = new Walker(pictures);
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            walker.block(n, 0, false);
        }
        return new Result(walker.headline == null ? "" : walker.headline, new Document(walker.blocks));
    }

    private static final class Walker {
        final List<Block> blocks = new ArrayList<>();
        final Pictures pictures;
        String headline;

        Walker(Pictures pictures) {
            this.pictures = pictures;
        }

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
            } else if (node instanceof TableBlock table) {
                table(table);
            } else if (node instanceof Paragraph p && captionsTheTableBefore(p)) {
                return;
            } else if (node instanceof Paragraph p) {
                paragraph(p, inQuote ? BlockType.QUOTE : BlockType.PARAGRAPH);
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

        void table(TableBlock table) {
            List<List<org.newsdesk.model.TableCell>> rows = new ArrayList<>();
            boolean header = false;
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<org.newsdesk.model.TableCell> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(new org.newsdesk.model.TableCell(TextRuns.trim(inlines(cell))));
                    }
                    boolean blank = cells.stream().allMatch(c -> c.text().isBlank());
                    if (section instanceof TableHead) {
                        header = !blank;
                        if (blank) {
                            continue; // the empty header row Markdown needs for a table without one
                        }
                    }
                    rows.add(cells);
                }
            }
            if (!rows.isEmpty()) {
                blocks.add(Block.table(new org.newsdesk.model.Table(rows, header)));
            }
        }

        /** "Table: words" right under a table (pandoc's way) is the table's caption. */
        boolean captionsTheTableBefore(Paragraph p) {
            if (blocks.isEmpty() || blocks.get(blocks.size() - 1).type() != BlockType.TABLE
                    || !blocks.get(blocks.size() - 1).runs().isEmpty()) {
                return false;
            }
            List<TextRun> runs = TextRuns.trim(inlines(p));
            if (runs.isEmpty() || !runs.get(0).text().startsWith("Table:")) {
                return false;
            }
            List<TextRun> caption = new ArrayList<>(runs);
            caption.set(0, runs.get(0).withText(runs.get(0).text().substring("Table:".length())));
            Block table = blocks.remove(blocks.size() - 1);
            blocks.add(table.withRuns(TextRuns.trim(caption)));
            return true;
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

        /** The paragraph's words, with each picture that becomes a figure taken out as an image block. */
        void paragraph(Paragraph p, BlockType type) {
            List<TextRun> runs = new ArrayList<>();
            for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
                Optional<ImageRef> figure = figureOf(n);
                if (figure.isPresent()) {
                    add(type, 0, runs);
                    runs = new ArrayList<>();
                    blocks.add(Block.image(figure.get()));
                } else {
                    collect(n, EnumSet.noneOf(Mark.class), null, runs);
                }
            }
            add(type, 0, runs);
        }

        /** A picture, or a link around nothing but a picture (the figure then links there). */
        Optional<ImageRef> figureOf(Node n) {
            if (n instanceof Image image) {
                return pictures.figure(image.getDestination(), altText(image), image.getTitle(), null);
            }
            if (n instanceof Link link && link.getFirstChild() instanceof Image image && image.getNext() == null) {
                return pictures.figure(image.getDestination(), altText(image), image.getTitle(), link.getDestination());
            }
            return Optional.empty();
        }

        String altText(Image image) {
            List<TextRun> runs = new ArrayList<>();
            collectChildren(image, EnumSet.noneOf(Mark.class), null, runs);
            return runs.stream().map(TextRun::text).reduce("", String::concat).strip();
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
            collectChildren(parent, EnumSet.noneOf(Mark.class), null, runs);
            return runs;
        }

        void collectChildren(Node parent, Set<Mark> marks, String link, List<TextRun> out) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                collect(n, marks, link, out);
            }
        }

        void collect(Node n, Set<Mark> marks, String link, List<TextRun> out) {
            if (n instanceof Text t) {
                out.add(new TextRun(t.getLiteral(), marks, link));
            } else if (n instanceof Code code) {
                out.add(new TextRun(code.getLiteral(), marks, link));
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.add(new TextRun(" ", marks, link));
            } else if (n instanceof Emphasis) {
                collectChildren(n, with(marks, Mark.ITALIC), link, out);
            } else if (n instanceof StrongEmphasis) {
                collectChildren(n, with(marks, Mark.BOLD), link, out);
            } else if (n instanceof Link l) {
                collectChildren(n, marks, l.getDestination(), out);
            } else if (!(n instanceof HtmlInline)) {
                collectChildren(n, marks, link, out);
            }
        }

        static Set<Mark> with(Set<Mark> marks, Mark mark) {
            EnumSet<Mark> copy = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
            copy.add(mark);
            return copy;
        }
    }
}
