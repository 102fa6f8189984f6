package org.newsdesk.model;

import java.util.Locale;
import org.newsdesk.i18n.Message;

/**
 * Names a version of an article for a diff: a revision number, the current text, or the revision recorded
 * when it was last submitted for review.
 */
public record RevisionRef(Kind kind, int number) {
    public enum Kind { NUMBER, CURRENT, SUBMITTED }

    public static final RevisionRef CURRENT = new RevisionRef(Kind.CURRENT, 0);
    public static final RevisionRef SUBMITTED = new RevisionRef(Kind.SUBMITTED, 0);

    public static RevisionRef number(int n) {
        if (n < 1) {
            throw new BadInputException(Message.of("error.revision.startsAtOne", n));
        }
        return new RevisionRef(Kind.NUMBER, n);
    }

    /** "3", "current" or "submitted". */
    public static RevisionRef parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("current")) {
            return CURRENT;
        }
        if (t.equals("submitted")) {
            return SUBMITTED;
        }
        try {
            return number(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new BadInputException(Message.of("error.revision.notARevision", text));
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NUMBER -> "revision " + number;
            case CURRENT -> "current";
            case SUBMITTED -> "submitted";
        };
    }
}
