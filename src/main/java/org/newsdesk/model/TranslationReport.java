package org.newsdesk.model;

import java.util.List;
import java.util.Map;

/**
 * What the side-by-side view shows: a translation beside its source, aligned, with the word diff of every changed
 * source unit since it was translated.
 *
 * @param changes per source unit id (of outdated rows): the source's words then → now
 */
public record TranslationReport(Article source, Article translation, TranslationComparison comparison,
                                Map<String, List<DiffSegment>> changes) {
    public TranslationReport {
        changes = Map.copyOf(changes);
    }

    public List<DiffSegment> change(String sourceUnitId) {
        return changes.getOrDefault(sourceUnitId, List.of());
    }
}
