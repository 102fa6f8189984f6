package org.newsdesk.ui.editor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Language;
import org.newsdesk.ui.common.Labels;

/**
 * The folded details: one short line of what is set, "Paris · 12 Mar 2026 · Press Office · English · 3 tags",
 * so it fits the editor column, and the whole of it (tags named) for the tooltip; in the interface's language.
 */
record DetailsSummary(Messages t, String dateline, LocalDate date, String byline, Language language,
                      List<String> tags, OffsetDateTime embargo, boolean featuredImage) {

    DetailsSummary {
        tags = List.copyOf(tags);
    }

    String line() {
        // starts with the mark too: a label takes its direction from its first strong letter, and an Arabic dateline
        // would turn an English summary right to left
        return mark() + String.join(t.get("list.dot"), parts(tags.isEmpty() ? t.get("details.noTags")
                : tags.size() == 1 ? t.get("details.oneTag", tags.get(0)) : t.get("details.tags", tags.size())));
    }

    String full() {
        return String.join("\n", parts(tags.isEmpty() ? t.get("details.noTags")
                : t.get("details.tagList", String.join(t.get("list.comma"), tags))));
    }

    private List<String> parts(String tagPart) {
        // A mark of the interface's direction after what the writer typed keeps each part in its place: an Arabic
        // dateline otherwise pulls the date's digits into its own run ("May 2026 20 عمّان").
        String mark = mark();
        List<String> parts = new ArrayList<>();
        addIfSet(parts, dateline, mark);
        parts.add(date == null ? t.get("details.noDate") : t.date(date));
        addIfSet(parts, byline, mark);
        if (language != null) {
            parts.add(Labels.language(t, language));
        }
        parts.add(tagPart);
        if (embargo != null) {
            parts.add(t.get("details.embargo", t.dateTime(embargo.toInstant(), embargo.getOffset())));
        }
        if (featuredImage) {
            parts.add(t.get("details.featured"));
        }
        return parts;
    }

    /**
     * A left-to-right mark for a left-to-right interface (the summary is in the interface's language). None for an
     * Arabic interface: its dates are Arabic anyway, and the interface's Arabic font draws U+200F as a box.
     */
    private String mark() {
        return t.language().rightToLeft() ? "" : "\u200E";
    }

    private static void addIfSet(List<String> parts, String value, String mark) {
        if (value != null && !value.isBlank()) {
            parts.add(value.strip() + mark);
        }
    }
}
