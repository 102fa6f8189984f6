package org.newsdesk.model;

/**
 * Where a comment sits in the body's plain text ({@link Document#plainText()}): characters
 * {@code start} (inclusive) to {@code end} (exclusive), in UTF-16 units as Java strings count them.
 * {@link #GENERAL} (-1, -1) is a comment on the article as a whole, or one whose words were deleted.
 */
public record Anchor(int start, int end) {
    public static final Anchor GENERAL = new Anchor(-1, -1);

    public Anchor {
        boolean general = start == -1 && end == -1;
        if (!general && (start < 0 || end <= start)) {
            throw new IllegalArgumentException("An anchor covers at least one character (start " + start
                    + ", end " + end + ").");
        }
    }

    public boolean isGeneral() {
        return start == -1;
    }

    public int length() {
        return isGeneral() ? 0 : end - start;
    }

    /**
     * The same anchor without white space at its edges (an edit that removed the first word leaves the space
     * after it); {@link #GENERAL} if nothing but white space is left.
     */
    public Anchor trimmedIn(String text) {
        if (isGeneral() || end > text.length()) {
            return this;
        }
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new Anchor(s, e) : GENERAL;
    }

    /** The anchored words of {@code text}, or "" for a general comment or an anchor beyond the text. */
    public String textIn(String text) {
        return isGeneral() || end > text.length() ? "" : text.substring(start, end);
    }
}
