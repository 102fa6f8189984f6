package org.newsdesk.model;

import java.util.Objects;

/**
 * Where one unit of a translation (a body block, or the headline or standfirst) came from: the source unit's id and
 * its text as it was when translated or last marked as updated (the source revision of that block).
 *
 * @param confirmed true once someone marked the unit as updated; until then a unit whose text is still the copied
 *                  source text counts as not yet translated
 */
public record BlockLink(String blockId, String sourceBlockId, String sourceText, boolean confirmed) {
    public BlockLink {
        Objects.requireNonNull(blockId, "blockId");
        Objects.requireNonNull(sourceBlockId, "sourceBlockId");
        sourceText = sourceText == null ? "" : sourceText;
    }
}
