package org.newsdesk.model;

import java.util.List;

/**
 * What changed between two versions of one article: metadata first, then the body block by block.
 *
 * @param from     which version is the older side ("revision 3")
 * @param to       which version is the newer side ("current")
 * @param metadata only the fields that differ
 * @param blocks   every block of both versions in reading order, unchanged ones included for context
 */
public record ArticleDiff(String from, String to, List<FieldChange> metadata, List<BlockDiff> blocks) {
    public ArticleDiff {
        metadata = List.copyOf(metadata);
        blocks = List.copyOf(blocks);
    }

    public boolean isEmpty() {
        return metadata.isEmpty() && blocks.stream().allMatch(b -> b.change() == BlockDiff.Change.UNCHANGED);
    }
}
