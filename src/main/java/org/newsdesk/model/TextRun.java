package org.newsdesk.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A stretch of text with one style: a set of marks and an optional link.
 *
 * @param text  the characters, never null
 * @param marks inline marks, never null (stored as an unmodifiable copy)
 * @param link  the link target, or null when the run is not a link
 */
public record TextRun(String text, Set<Mark> marks, String link) {

    public TextRun {
        Objects.requireNonNull(text, "text");
        marks = marks == null || marks.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(marks));
        if (link != null && link.isBlank()) {
            link = null;
        }
    }

    public static TextRun plain(String text) {
        return new TextRun(text, Set.of(), null);
    }

    public static TextRun of(String text, Mark... marks) {
        return new TextRun(text, marks.length == 0 ? Set.of() : EnumSet.of(marks[0], marks), null);
    }

    public static TextRun link(String text, String href) {
        return new TextRun(text, Set.of(), href);
    }

    public boolean has(Mark mark) {
        return marks.contains(mark);
    }

    /** True when both runs would look the same, so they can be merged into one. */
    public boolean sameStyleAs(TextRun other) {
        return marks.equals(other.marks) && Objects.equals(link, other.link);
    }

    public TextRun withText(String newText) {
        return new TextRun(newText, marks, link);
    }
}
