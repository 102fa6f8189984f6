package org.newsdesk.ui.review;

import org.newsdesk.model.StatusChange;

/** Short texts the review panels show. */
final class ReviewTexts {
    private ReviewTexts() {
    }

    /** At most {@code max} characters, cut at a word with an ellipsis; line breaks become spaces. */
    static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
    }

    /** "Draft → In review", or "Created as Draft" for the first step. */
    static String step(org.newsdesk.i18n.Messages t, StatusChange change) {
        return change.from() == null ? t.get("timeline.created", t.get(change.to().nameKey()))
                : t.get("timeline.step", t.get(change.from().nameKey()), t.get(change.to().nameKey()));
    }
}
