package org.newsdesk.model;

import java.util.Arrays;
import java.util.Locale;
import org.newsdesk.i18n.Message;

/** Where an article stands in the review workflow. */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, PUBLISHED, ARCHIVED;

    /** The name users type and read: "in-review", "changes-requested". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String displayName() {
        String s = name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return s;
    }

    /** The bundle key of the status's name as the window shows it. */
    public String nameKey() {
        return switch (this) {
            case DRAFT -> "articleStatus.draft";
            case IN_REVIEW -> "articleStatus.inReview";
            case CHANGES_REQUESTED -> "articleStatus.changesRequested";
            case APPROVED -> "articleStatus.approved";
            case PUBLISHED -> "articleStatus.published";
            case ARCHIVED -> "articleStatus.archived";
        };
    }

    /** Parses "in-review", "IN_REVIEW" or "in review". */
    public static ArticleStatus parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(s -> s.name().equals(key)).findFirst()
                .orElseThrow(() -> new BadInputException(Message.of("error.status.unknown", text,
                        String.join(", ", Arrays.stream(values()).map(ArticleStatus::label).toList()))));
    }
}
