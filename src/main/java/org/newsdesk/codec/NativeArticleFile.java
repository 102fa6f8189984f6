package org.newsdesk.codec;

import java.util.List;
import java.util.Objects;
import org.newsdesk.model.Article;
import org.newsdesk.model.Revision;

/**
 * The contents of a native article file: the article and, when the file was written with them, its
 * revisions (oldest first); empty otherwise; and for a translation, what it was translated from block by block
 * (null otherwise), so that a translation sent away as a file comes back still linked.
 */
public record NativeArticleFile(Article article, List<Revision> revisions,
                                org.newsdesk.model.TranslationLink translation) {
    public NativeArticleFile(Article article, List<Revision> revisions) {
        this(article, revisions, null);
    }

    public NativeArticleFile {
        Objects.requireNonNull(article, "article");
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }
}
