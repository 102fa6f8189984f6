package org.newsdesk.ui.common;

import java.util.concurrent.CompletableFuture;
import javafx.beans.value.ObservableValue;
import org.newsdesk.model.Article;

/**
 * The article open in the editor, as the side panels (review, history) see it: they follow it, save its pending
 * edits before acting on it, and hand back the article a step produced so that the editor works on from the new
 * version (otherwise its next autosave would be a conflict with the step).
 */
public interface OpenArticle {
    /** The stored article the editor shows (its version), or null; changes on open and after every save. */
    ObservableValue<Article> article();

    /** Saves pending edits; completes with the article as stored. */
    CompletableFuture<Article> flush();

    /** Shows {@code changed} (returned by a workflow step, a restore or an import) in the editor and the library. */
    void show(Article changed);
}
