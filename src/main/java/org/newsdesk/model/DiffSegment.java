package org.newsdesk.model;

/** A stretch of text in a diff: unchanged, only in the newer text, or only in the older one. */
public record DiffSegment(Kind kind, String text) {
    public enum Kind { EQUAL, INSERTED, DELETED }

    public static DiffSegment equal(String text) {
        return new DiffSegment(Kind.EQUAL, text);
    }

    public static DiffSegment inserted(String text) {
        return new DiffSegment(Kind.INSERTED, text);
    }

    public static DiffSegment deleted(String text) {
        return new DiffSegment(Kind.DELETED, text);
    }
}
