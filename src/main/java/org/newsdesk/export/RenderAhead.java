package org.newsdesk.export;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Renders the files of an export a chunk ahead of the thread that writes them, so rendering (on the other
 * cores) overlaps with compressing or writing (on the calling thread). Results are written in order, on the
 * calling thread, which is also where cancels are noticed and progress is reported.
 */
public final class RenderAhead<T> implements AutoCloseable {

    /** Writes one rendered item; runs on the calling thread, in the items' order. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(T item, byte[] content) throws IOException;
    }

    /** Big enough to keep both cores busy, small enough that a cancel or a failure is noticed at once. */
    public static final int CHUNK = 64;

    private final List<T> items;
    private final Function<T, byte[]> render;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newsdesk-export-render");
        thread.setDaemon(true); // never keeps the application alive
        return thread;
    });

    public RenderAhead(List<T> items, Function<T, byte[]> render) {
        this.items = items;
        this.render = render;
    }

    public void forEach(Writer<T> writer) throws IOException {
        CompletableFuture<List<byte[]>> next = renderChunk(0);
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<byte[]> rendered = await(next);
            next = from + CHUNK < items.size() ? renderChunk(from + CHUNK) : null;
            List<T> chunk = items.subList(from, Math.min(from + CHUNK, items.size()));
            for (int i = 0; i < chunk.size(); i++) {
                writer.write(chunk.get(i), rendered.get(i));
            }
        }
    }

    private CompletableFuture<List<byte[]>> renderChunk(int from) {
        List<T> chunk = items.subList(from, Math.min(from + CHUNK, items.size()));
        return CompletableFuture.supplyAsync(() -> chunk.parallelStream().map(render).toList(), worker);
    }

    /** The chunk's files, or the exception that stopped its rendering, as it was thrown. */
    private static List<byte[]> await(CompletableFuture<List<byte[]>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
