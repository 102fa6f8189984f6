package org.newsdesk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Fixed-width UTC timestamps, so that the text columns sort in time order. */
final class Times {
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String format(Instant instant) {
        return INSTANT.format(instant);
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }

    static String format(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate parseDate(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static String format(OffsetDateTime time) {
        return time == null ? null : time.toString();
    }

    static OffsetDateTime parseOffset(String text) {
        return text == null ? null : OffsetDateTime.parse(text);
    }
}
