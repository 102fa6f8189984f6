package org.newsdesk.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Makes the resized copies of every picture of a bundle before the zip is written, so the bundle's file list
 * is known in advance. Two pictures at a time at most: each is decoded on its own thread, one at a time, so
 * memory holds two decoded photos whatever the size of the export.
 */
final class RenditionPrepass {
    private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private RenditionPrepass() {
    }

    /** Makes every picture's copies; {@code madeOne} hears each one finished, in order, on the calling thread. */
    static void run(Map<String, AssetFile> pictures, RenditionFiles renditions, IntConsumer madeOne) {
        if (pictures.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "newsdesk-export-images");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> pending = new ArrayList<>(pictures.size());
            pictures.forEach((assetId, file) -> pending.add(pool.submit(() -> renditions.of(assetId, file))));
            for (int i = 0; i < pending.size(); i++) {
                await(pending.get(i));
                madeOne.accept(i + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The bundle export was cancelled.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
