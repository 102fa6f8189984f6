package org.newsdesk.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every block of a document an id unique in that document, keeping the ids blocks already have.
 *
 * <p>Deterministic on purpose: a block without an id (imported, pasted, an old library's article) or whose id an
 * earlier block already holds (the second half of a split paragraph, a pasted copy) gets an id derived from its
 * neighbour's, so mapping the same editor content or loading the same old article twice gives the same ids, and
 * a translation keeps finding them until the document is saved with them.
 */
public final class BlockIds {
    private BlockIds() {
    }

    /** {@code blocks} with ids: the first holder of an id keeps it; the others and blocks without one get new ids. */
    public static List<Block> assign(List<Block> blocks) {
        Set<String> used = new HashSet<>(blocks.size() * 2);
        boolean complete = true;
        for (Block b : blocks) {
            if (b.id() == null || !used.add(b.id())) {
                complete = false;
            }
        }
        if (complete) {
            return List.copyOf(blocks);
        }
        Set<String> kept = new HashSet<>(used.size() * 2);
        List<Block> out = new ArrayList<>(blocks.size());
        String previous = "start";
        for (Block b : blocks) {
            Block withId = b;
            if (b.id() == null || !kept.add(b.id())) {
                String base = b.id() != null ? b.id() : previous;
                String id;
                int k = 1;
                do {
                    id = derive(base, k++);
                } while (used.contains(id));
                used.add(id);
                kept.add(id);
                withId = b.withId(id);
            }
            out.add(withId);
            previous = withId.id();
        }
        return List.copyOf(out);
    }

    /** Ten hex digits from a 64-bit FNV-1a hash of "base/k". */
    static String derive(String base, int k) {
        long h = 0xcbf29ce484222325L;
        for (byte x : (base + "/" + k).getBytes(StandardCharsets.UTF_8)) {
            h ^= x & 0xff;
            h *= 0x100000001b3L;
        }
        return String.format("%010x", h & 0xffffffffffL);
    }
}
