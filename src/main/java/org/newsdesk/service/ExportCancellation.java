package org.newsdesk.service;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Asked between steps of an export: has the user cancelled (the flag), or was the thread interrupted? */
final class ExportCancellation {
    static final String MESSAGE = "The export was cancelled; nothing was written.";

    private final BooleanSupplier cancelled;

    ExportCancellation(BooleanSupplier cancelled) {
        this.cancelled = cancelled == null ? () -> false : cancelled;
    }

    void check() {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException(MESSAGE);
        }
    }
}
