package org.newsdesk.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * RFC 3339 date-times to whole seconds, as JSON Schema's "date-time", schema.org and Open Graph expect.
 * {@code OffsetDateTime.toString()} would drop ":00" seconds, which is not valid RFC 3339.
 */
public final class IsoTimes {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private IsoTimes() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? null : DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    public static String date(LocalDate date) {
        return date == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}
