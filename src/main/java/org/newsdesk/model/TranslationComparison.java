package org.newsdesk.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A translation set against its source, unit by unit: the rows of the side-by-side view, in the source's order,
 * and which source units changed since they were translated. Pure: no diff, no store.
 */
public record TranslationComparison(List<AlignedRow> rows) {

    public TranslationComparison {
        rows = List.copyOf(rows);
    }

    /** Aligns {@code translation} with {@code source} through {@code link}. */
    public static TranslationComparison compare(Article source, Article translation, TranslationLink link) {
        List<TranslationUnit> sourceUnits = TranslationUnit.of(source);
        List<TranslationUnit> translationUnits = TranslationUnit.of(translation);
        Map<String, BlockLink> links = link.byBlock();
        Map<String, TranslationUnit> sourceById = new HashMap<>(sourceUnits.size() * 2);
        for (TranslationUnit u : sourceUnits) {
            sourceById.put(u.id(), u);
        }
        // translation units by the source unit they translate, in the translation's order
        Map<String, List<TranslationUnit>> bySource = new HashMap<>(sourceUnits.size() * 2);
        List<TranslationUnit> loose = new ArrayList<>();
        for (TranslationUnit t : translationUnits) {
            BlockLink l = links.get(t.id());
            if (l != null && sourceById.containsKey(l.sourceBlockId())) {
                bySource.computeIfAbsent(l.sourceBlockId(), k -> new ArrayList<>(1)).add(t);
            } else {
                loose.add(t);
            }
        }
        List<AlignedRow> rows = new ArrayList<>(Math.max(sourceUnits.size(), translationUnits.size()) + 4);
        Map<String, Integer> rowOfTranslation = new HashMap<>(translationUnits.size() * 2);
        for (TranslationUnit s : sourceUnits) {
            List<TranslationUnit> mine = bySource.get(s.id());
            if (mine == null) {
                rows.add(new AlignedRow(s, null, s.text().isBlank() && s.isBlock() ? RowState.UP_TO_DATE
                        : RowState.NEW_IN_SOURCE, s.id(), null));
                continue;
            }
            for (int i = 0; i < mine.size(); i++) {
                TranslationUnit t = mine.get(i);
                BlockLink l = links.get(t.id());
                rowOfTranslation.put(t.id(), rows.size());
                rows.add(i == 0 ? new AlignedRow(s, t, state(s, t, l), s.id(), l.sourceText())
                        : new AlignedRow(null, t, RowState.TRANSLATION_ONLY, null, null));
            }
        }
        if (!loose.isEmpty()) {
            insertLoose(rows, rowOfTranslation, translationUnits, loose, links);
        }
        return new TranslationComparison(rows);
    }

    private static RowState state(TranslationUnit s, TranslationUnit t, BlockLink l) {
        if (!s.text().equals(l.sourceText())) {
            return RowState.OUTDATED;
        }
        if (!l.confirmed() && !t.text().isBlank() && t.text().equals(l.sourceText())) {
            return RowState.UNTRANSLATED;
        }
        return RowState.UP_TO_DATE;
    }

    /** Units without a live source go after the row of the unit before them in the translation. */
    private static void insertLoose(List<AlignedRow> rows, Map<String, Integer> rowOfTranslation,
                                    List<TranslationUnit> translationUnits, List<TranslationUnit> loose,
                                    Map<String, BlockLink> links) {
        Set<String> looseIds = new LinkedHashSet<>();
        loose.forEach(u -> looseIds.add(u.id()));
        List<AlignedRow> out = new ArrayList<>(rows.size() + loose.size());
        Map<Integer, List<AlignedRow>> after = new HashMap<>();
        int anchor = -1;
        for (TranslationUnit t : translationUnits) {
            if (looseIds.contains(t.id())) {
                BlockLink l = links.get(t.id());
                AlignedRow row = l == null ? new AlignedRow(null, t, RowState.TRANSLATION_ONLY, null, null)
                        : new AlignedRow(null, t, RowState.REMOVED_FROM_SOURCE, l.sourceBlockId(), l.sourceText());
                after.computeIfAbsent(anchor, k -> new ArrayList<>()).add(row);
            } else if (rowOfTranslation.containsKey(t.id())) {
                anchor = rowOfTranslation.get(t.id());
            }
        }
        out.addAll(after.getOrDefault(-1, List.of()));
        for (int i = 0; i < rows.size(); i++) {
            out.add(rows.get(i));
            out.addAll(after.getOrDefault(i, List.of()));
        }
        rows.clear();
        rows.addAll(out);
    }

    /** Whether any row makes the translation outdated. */
    public boolean isOutdated() {
        return rows.stream().anyMatch(r -> r.state().isOutdated());
    }

    /** Ids of the source units changed, added or removed since they were translated, in order. */
    public List<String> changedSourceUnits() {
        List<String> out = new ArrayList<>();
        for (AlignedRow r : rows) {
            if (r.state().isOutdated()) {
                out.add(r.sourceUnitId());
            }
        }
        return out;
    }

    /** How many rows are still the copied source text. */
    public int untranslated() {
        return (int) rows.stream().filter(r -> r.state() == RowState.UNTRANSLATED).count();
    }

    /** How many rows are outdated (changed, new or removed in the source). */
    public int outdated() {
        return (int) rows.stream().filter(r -> r.state().isOutdated()).count();
    }
}
