package org.newsdesk.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The services' time, to the millisecond: what the store keeps, so stored values equal returned ones. */
final class LibraryClock {
    private final Clock clock;

    LibraryClock(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
