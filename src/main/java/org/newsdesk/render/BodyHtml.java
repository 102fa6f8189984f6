package org.newsdesk.render;

import java.util.List;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;

/**
 * Renders a body's blocks as semantic HTML: paragraphs, headings, nested lists, block quotes, figures and tables.
 * An element gets a {@code dir} attribute only when its direction differs from the one it inherits, so an
 * English quotation inside an Arabic article reads left to right and nothing else is cluttered.
 * Headings never skip a level (the page's headline is the h1): a level-3 heading straight after the headline
 * comes out as h2, so screen-reader users navigating by heading find the outline the page shows.
 */
final class BodyHtml {
    private final FigureHtml figures;
    private int lastHeading;

    BodyHtml(ImageResolver images) {
        this.figures = new FigureHtml(images);
    }

    String render(List<Block> blocks, Direction pageDirection) {
        List<Block> visible = blocks.stream().filter(BodyHtml::isVisible).toList();
        NoteAnchors notes = new NoteAnchors();
        StringBuilder out = new StringBuilder();
        lastHeading = 1;
        int i = 0;
        while (i < visible.size()) {
            Block block = visible.get(i);
            int end = runEnd(visible, i);
            if (block.type().isListItem()) {
                ListTree.of(visible.subList(i, end)).forEach(list -> renderList(list, pageDirection, notes, out));
            } else if (block.type() == BlockType.QUOTE) {
                renderQuote(visible.subList(i, end), pageDirection, notes, out);
            } else {
                renderSingle(block, pageDirection, notes, out);
            }
            i = end;
        }
        return out.toString();
    }

    /** Empty paragraphs are the editor's spacing, not content; images and tables always count. */
    private static boolean isVisible(Block block) {
        return block.type() == BlockType.IMAGE || block.type() == BlockType.TABLE || !block.text().isBlank();
    }

    /** End of the group starting at {@code start}: consecutive list items, or consecutive quotes. */
    private static int runEnd(List<Block> blocks, int start) {
        BlockType first = blocks.get(start).type();
        int end = start + 1;
        while (end < blocks.size() && groupsWith(first, blocks.get(end).type())) {
            end++;
        }
        return end;
    }

    private static boolean groupsWith(BlockType first, BlockType next) {
        return (first.isListItem() && next.isListItem()) || (first == BlockType.QUOTE && next == BlockType.QUOTE);
    }

    private void renderSingle(Block block, Direction inherited, NoteAnchors notes, StringBuilder out) {
        switch (block.type()) {
            case HEADING -> {
                lastHeading = Math.min(block.level(), lastHeading + 1);
                textElement("h" + lastHeading, block, inherited, notes, out);
            }
            case IMAGE -> figures.render(block, inherited, out);
            case TABLE -> TableHtml.render(block, inherited, notes, out);
            default -> textElement("p", block, inherited, notes, out);
        }
    }

    private void textElement(String name, Block block, Direction inherited, NoteAnchors notes, StringBuilder out) {
        out.append('<').append(name).append(dirAttribute(block.resolvedDirection(), inherited)).append('>')
                .append(InlineHtml.render(block.runs(), notes))
                .append("</").append(name).append(">\n");
    }

    private void renderQuote(List<Block> quotes, Direction inherited, NoteAnchors notes, StringBuilder out) {
        Direction own = quotes.get(0).resolvedDirection();
        out.append("<blockquote").append(dirAttribute(own, inherited)).append(">\n");
        for (Block quote : quotes) {
            textElement("p", quote, own, notes, out);
        }
        out.append("</blockquote>\n");
    }

    private void renderList(ListTree.ListNode list, Direction inherited, NoteAnchors notes, StringBuilder out) {
        String name = list.type() == BlockType.NUMBERED_ITEM ? "ol" : "ul";
        Direction own = list.items().get(0).block().resolvedDirection();
        out.append('<').append(name).append(dirAttribute(own, inherited)).append(">\n");
        for (ListTree.ItemNode item : list.items()) {
            Direction itemDirection = item.block().resolvedDirection();
            String id = notes.itemId(item.block());
            out.append("<li").append(id == null ? "" : " id=\"" + id + "\"").append(dirAttribute(itemDirection, own))
                    .append('>').append(InlineHtml.render(item.block().runs(), notes));
            if (!item.children().isEmpty()) {
                out.append('\n');
                item.children().forEach(child -> renderList(child, itemDirection, notes, out));
            }
            out.append("</li>\n");
        }
        out.append("</").append(name).append(">\n");
    }

    static String dirAttribute(Direction own, Direction inherited) {
        return own == inherited ? "" : " dir=\"" + (own == Direction.RTL ? "rtl" : "ltr") + "\"";
    }
}
