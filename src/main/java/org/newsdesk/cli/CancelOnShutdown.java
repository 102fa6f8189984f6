package org.newsdesk.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns Ctrl+C during an export into a cancel: the shutdown hook raises the flag the export checks between
 * steps, then waits (briefly) for it to delete its temporary files before the JVM goes.
 */
final class CancelOnShutdown implements AutoCloseable {
    private static final long GRACE_SECONDS = 10;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::cancelAndWait, "newsdesk-export-cancel");

    CancelOnShutdown() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    boolean requested() {
        return requested.get();
    }

    private void cancelAndWait() {
        requested.set(true);
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running and now sees that the export has finished
        }
    }
}
