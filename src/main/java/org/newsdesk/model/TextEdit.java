package org.newsdesk.model;

import java.util.Objects;

/**
 * One change to a text: {@code deleted} characters at {@code start} replaced by {@code inserted}.
 * A list of edits applies in order, each to the text the previous ones produced.
 */
public record TextEdit(int start, int deleted, String inserted) {
    public TextEdit {
        Objects.requireNonNull(inserted, "inserted");
        if (start < 0 || deleted < 0) {
            throw new IllegalArgumentException("An edit needs a start and length of at least 0.");
        }
    }

    public static TextEdit insert(int at, String text) {
        return new TextEdit(at, 0, text);
    }

    public static TextEdit delete(int start, int end) {
        return new TextEdit(start, end - start, "");
    }

    /** The first offset after the deleted characters, in the text before the edit. */
    public int deletedEnd() {
        return start + deleted;
    }

    /** How much longer the text gets. */
    public int delta() {
        return inserted.length() - deleted;
    }

    public String applyTo(String text) {
        if (deletedEnd() > text.length()) {
            throw new IllegalArgumentException("The edit reaches past the end of the text.");
        }
        return text.substring(0, start) + inserted + text.substring(deletedEnd());
    }
}
