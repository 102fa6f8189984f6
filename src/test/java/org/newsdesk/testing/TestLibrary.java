package org.newsdesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.service.Library;

/** Opens libraries for tests with a clock that moves one second per reading, so every change has its own time. */
public final class TestLibrary {
    private TestLibrary() {
    }

    public static Library open(Path file) {
        return open(file, new User("Test Writer", Role.PRESS_OFFICER));
    }

    public static Library open(Path file, User user) {
        return Library.open(file, new TickingClock(Instant.parse("2026-03-01T09:00:00Z")), () -> user);
    }

    /** A clock that advances one second every time it is read. */
    public static final class TickingClock extends Clock {
        private final AtomicReference<Instant> now;

        public TickingClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.getAndUpdate(i -> i.plus(Duration.ofSeconds(1)));
        }
    }
}
