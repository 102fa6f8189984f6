package org.newsdesk.render;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;

/**
 * Turns a run of flat list items (each with a depth) into nested lists. A depth may rise by at most one
 * level per item: an item at depth 3 right after one at depth 0 is shown at depth 1, because HTML has no
 * way to nest a list without a parent item and empty bullets would look like a mistake.
 */
final class ListTree {

    record ItemNode(Block block, List<ListNode> children) {
    }

    record ListNode(BlockType type, List<ItemNode> items) {
        ItemNode lastItem() {
            return items.get(items.size() - 1);
        }
    }

    private ListTree() {
    }

    /** The top-level lists, in order; a change between bullets and numbers at one depth starts a new list. */
    static List<ListNode> of(List<Block> items) {
        List<ListNode> roots = new ArrayList<>();
        List<ListNode> open = new ArrayList<>(); // open.get(d) is the list at depth d
        for (Block block : items) {
            int depth = Math.min(block.level(), open.size());
            while (open.size() > depth + 1) {
                open.remove(open.size() - 1);
            }
            if (open.size() == depth + 1 && open.get(depth).type() != block.type()) {
                open.remove(depth);
            }
            if (open.size() == depth) {
                ListNode list = new ListNode(block.type(), new ArrayList<>());
                if (depth == 0) {
                    roots.add(list);
                } else {
                    open.get(depth - 1).lastItem().children().add(list);
                }
                open.add(list);
            }
            open.get(depth).items().add(new ItemNode(block, new ArrayList<>()));
        }
        return roots;
    }
}
