package org.newsdesk.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.newsdesk.model.Article;
import org.newsdesk.store.ArticleStore;

/**
 * Packs and folds the articles of an import in chunks on another core while the importing thread writes the
 * chunk before: the work that needs no connection (JSON, deflate, Arabic folding) then costs the import nothing on
 * a machine with a core to spare. The first chunk is made by the caller; each later one is started when the one
 * before it is taken.
 */
final class PreparedAhead {
    private static final int CHUNK = 32;

    private final List<Article> articles;
    private final ArticleStore store;
    private List<ArticleStore.Prepared> current = List.of();
    private int currentFrom = -CHUNK;
    private CompletableFuture<List<ArticleStore.Prepared>> next;

    PreparedAhead(List<Article> articles, ArticleStore store) {
        this.articles = articles;
        this.store = store;
    }

    /** The prepared texts of article {@code index}; call with 0, 1, 2… in order. */
    ArticleStore.Prepared get(int index) {
        if (index >= currentFrom + CHUNK) {
            int from = index - index % CHUNK;
            current = next != null && from == currentFrom + CHUNK ? next.join() : chunk(from);
            currentFrom = from;
            int after = from + CHUNK;
            next = after < articles.size() ? CompletableFuture.supplyAsync(() -> chunk(after)) : null;
        }
        return current.get(index - currentFrom);
    }

    private List<ArticleStore.Prepared> chunk(int from) {
        return articles.subList(from, Math.min(articles.size(), from + CHUNK)).stream().map(store::prepare).toList();
    }
}
