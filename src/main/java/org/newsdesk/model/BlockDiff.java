package org.newsdesk.model;

import java.util.List;

/**
 * One block of the body in a diff, in reading order.
 *
 * @param change   UNCHANGED, ADDED (only in the newer text), REMOVED (only in the older), or CHANGED
 * @param before   the older block, null when ADDED
 * @param after    the newer block, null when REMOVED
 * @param segments the block's words: all EQUAL when unchanged, all INSERTED when added, all DELETED when
 *                 removed, mixed when changed. A CHANGED block whose segments are all EQUAL changed only in
 *                 formatting, type or image details ({@link #formattingOnly()}).
 */
public record BlockDiff(Change change, Block before, Block after, List<DiffSegment> segments) {
    public enum Change { UNCHANGED, ADDED, REMOVED, CHANGED }

    public BlockDiff {
        segments = List.copyOf(segments);
    }

    public boolean formattingOnly() {
        return change == Change.CHANGED && segments.stream().allMatch(s -> s.kind() == DiffSegment.Kind.EQUAL);
    }
}
