package org.newsdesk.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the CLI shows times: UTC, to the minute, the same on every machine (scripts compare the output). */
final class Times {
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String show(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
