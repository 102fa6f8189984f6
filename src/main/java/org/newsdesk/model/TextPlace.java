package org.newsdesk.model;

import java.util.Locale;

/**
 * Which text of an article something is in: the headline, the standfirst, or block {@code block} (0-based) of the
 * body. Offsets that go with a place count UTF-16 characters from the start of that text.
 */
public record TextPlace(Field field, int block) implements Comparable<TextPlace> {
    public enum Field { HEADLINE, STANDFIRST, BODY }

    public static final TextPlace HEADLINE = new TextPlace(Field.HEADLINE, 0);
    public static final TextPlace STANDFIRST = new TextPlace(Field.STANDFIRST, 0);

    public TextPlace {
        if (field != Field.BODY) {
            block = 0;
        } else if (block < 0) {
            throw new IllegalArgumentException("block must be 0 or more, not " + block);
        }
    }

    public static TextPlace body(int block) {
        return new TextPlace(Field.BODY, block);
    }

    /** "headline", "standfirst", "body". */
    public String fieldName() {
        return field.name().toLowerCase(Locale.ROOT);
    }

    /** For people: "headline", "standfirst", "block 3" (counted from 1, like the checklist). */
    public String describe() {
        return field == Field.BODY ? "block " + (block + 1) : fieldName();
    }

    /** Reading order: headline, standfirst, then the body's blocks. */
    @Override
    public int compareTo(TextPlace o) {
        int byField = field.compareTo(o.field);
        return byField != 0 ? byField : Integer.compare(block, o.block);
    }
}
