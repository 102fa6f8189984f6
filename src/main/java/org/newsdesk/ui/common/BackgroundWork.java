package org.newsdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs library work off the FX thread and hands results back to it. One worker thread: library calls
 * are serialised anyway, and ordering keeps an autosave from overtaking the edit before it.
 */
public final class BackgroundWork implements AutoCloseable {
    private final ExecutorService worker;
    private final Executor fxThread;

    public BackgroundWork(Executor fxThread) {
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newsdesk-library");
            t.setDaemon(true);
            return t;
        });
        this.fxThread = fxThread;
    }

    /** Runs {@code work} on the worker; then {@code onDone} or {@code onError} on the FX thread. */
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (worker.isShutdown()) { // the window is closing: late follow-up work (list refreshes) is moot
            future.cancel(false);
            return future;
        }
        worker.execute(() -> {
            try {
                T result = work.call();
                future.complete(result);
                fxThread.execute(() -> onDone.accept(result));
            } catch (Throwable t) {
                future.completeExceptionally(t);
                fxThread.execute(() -> onError.accept(t));
            }
        });
        return future;
    }

    /** Waits for queued work (the last autosave) before the window closes. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
