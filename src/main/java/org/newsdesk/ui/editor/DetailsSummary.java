package org.newsdesk.ui.editor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.model.Language;

/**
 * The folded details: one short line of what is set, "Paris · 12 Mar 2026 · Press Office · English · 3 tags",
 * so it fits the editor column, and the whole of it (tags named) for the tooltip.
 */
record DetailsSummary(String dateline, LocalDate date, String byline, Language language, List<String> tags,
                      OffsetDateTime embargo, boolean featuredImage) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EMBARGO = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm xxx", Locale.ENGLISH);

    DetailsSummary {
        tags = List.copyOf(tags);
    }

    String line() {
        return String.join(" · ", parts(tags.isEmpty() ? "no tags"
                : tags.size() == 1 ? "tag " + tags.get(0) : tags.size() + " tags"));
    }

    String full() {
        return String.join("\n", parts(tags.isEmpty() ? "no tags" : "tags: " + String.join(", ", tags)));
    }

    private List<String> parts(String tagPart) {
        List<String> parts = new ArrayList<>();
        addIfSet(parts, dateline);
        parts.add(date == null ? "no date" : DATE.format(date));
        addIfSet(parts, byline);
        if (language != null) {
            parts.add(language.locale().getDisplayLanguage(Locale.ENGLISH));
        }
        parts.add(tagPart);
        if (embargo != null) {
            parts.add("embargo " + EMBARGO.format(embargo));
        }
        if (featuredImage) {
            parts.add("featured image");
        }
        return parts;
    }

    private static void addIfSet(List<String> parts, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(value.strip());
        }
    }
}
