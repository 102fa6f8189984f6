package org.newsdesk.model;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.newsdesk.i18n.Message;

/**
 * Embargo rules in one place. An article with an embargo time must not leave the library (export, bundle,
 * upload) before that instant unless the user explicitly allows it; exporters call {@link #isEmbargoed}
 * or {@link #checkReleasable} with the current time from their clock (never {@code Instant.now()}, so tests
 * can pin the time).
 */
public final class Embargo {
    private Embargo() {
    }

    /**
     * True while {@code now} is before the article's embargo time; false when it has none. The embargo instant
     * itself is already free: an embargo "until 09:00" lifts at 09:00:00.
     */
    public static boolean isEmbargoed(Article article, Instant now) {
        return article.embargo() != null && now.isBefore(article.embargo().toInstant());
    }

    /**
     * Refuses (as a {@link ConflictException}, CLI exit 3) to release an embargoed article unless
     * {@code allowEmbargoed}; the message names the article and the time.
     */
    public static void checkReleasable(Article article, Instant now, boolean allowEmbargoed) {
        if (!allowEmbargoed && isEmbargoed(article, now)) {
            throw new ConflictException(Message.of("error.embargo.notReleasable", article.headline(),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.embargo())));
        }
    }
}
