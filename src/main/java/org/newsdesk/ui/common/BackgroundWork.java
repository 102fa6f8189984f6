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

    /**
     * Ends without making the FX thread wait: {@code last} runs on the worker after the work queued before it (the
     * last autosave, the last ui.json), then {@code then} runs on the FX thread, once. A job still running after
     * {@code patience} lets {@code then} run anyway (the worker is a daemon: a hung job must not keep a closed app
     * alive). Work offered after this call is dropped, as after {@link #close}.
     */
    public void finish(Runnable last, Runnable then, java.time.Duration patience) {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                then.run();
            }
        };
        if (worker.isShutdown()) {
            fxThread.execute(once);
            return;
        }
        worker.execute(() -> {
            try {
                last.run();
            } finally {
                fxThread.execute(once);
            }
        });
        worker.shutdown();
        CompletableFuture.delayedExecutor(patience.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> fxThread.execute(once));
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
