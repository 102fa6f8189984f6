package org.newsdesk.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsdesk.model.Article;

/**
 * Runs library work on the open article only after the editor's pending edits are stored, and hands the work the
 * article as stored then: a workflow step or a comment then applies to the text the user sees, with the version
 * they saw (a save by someone else in between makes the step a conflict instead of acting on unseen text).
 */
public final class AfterSave {
    /** Work on the saved article, run on the library thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Article saved) throws Exception;
    }

    private final Supplier<CompletableFuture<Article>> flush;
    private final BackgroundWork background;

    /** @param flush saves pending edits and completes with the stored article (the editor's {@code flush}) */
    public AfterSave(Supplier<CompletableFuture<Article>> flush, BackgroundWork background) {
        this.flush = flush;
        this.background = background;
    }

    /** Flushes, then runs {@code work} in the background; {@code onDone} or {@code onError} on the FX thread. */
    public <T> void run(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        flush.get().whenComplete((saved, error) -> background.run(() -> {
            if (error != null) {
                throw asException(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error); // the save failed: report that, take no step
            }
            if (saved == null) {
                throw new IllegalStateException("No article is open.");
            }
            return work.call(saved);
        }, onDone, onError));
    }

    private static Exception asException(Throwable t) {
        return t instanceof Exception e ? e : new IllegalStateException(ErrorReporter.message(org.newsdesk.i18n.Messages.english(), t), t);
    }
}
