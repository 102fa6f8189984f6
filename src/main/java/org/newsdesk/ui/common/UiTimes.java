package org.newsdesk.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the review panels write a moment: short, in the user's time zone ("12 May 2026, 14:05"). */
public final class UiTimes {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());

    private UiTimes() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
