package org.newsdesk.model;

import java.util.List;

/**
 * A metadata field that differs between two versions of an article.
 *
 * @param field    "headline", "standfirst", "tags", "language", "dateline", "date", "byline" or "embargo"
 * @param before   the older value as text ("" when empty)
 * @param after    the newer value as text
 * @param segments word diff of before and after, for showing the change inline
 */
public record FieldChange(String field, String before, String after, List<DiffSegment> segments) {
    public FieldChange {
        segments = List.copyOf(segments);
    }
}
