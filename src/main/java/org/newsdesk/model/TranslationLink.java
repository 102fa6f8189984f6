package org.newsdesk.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a translation was translated from: the source article and, per unit, the source revision. */
public record TranslationLink(UUID articleId, UUID sourceId, List<BlockLink> blocks) {
    public TranslationLink {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sourceId, "sourceId");
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /** The links by the translation's unit id. */
    public Map<String, BlockLink> byBlock() {
        return blocks.stream().collect(Collectors.toMap(BlockLink::blockId, Function.identity(), (a, b) -> a));
    }

    public TranslationLink withBlocks(List<BlockLink> newBlocks) {
        return new TranslationLink(articleId, sourceId, newBlocks);
    }
}
