package org.newsdesk.codec;

import java.util.List;
import java.util.Objects;
import org.newsdesk.model.Article;
import org.newsdesk.model.Revision;

/**
 * The contents of a native article file: the article and, when the file was written with them, its
 * revisions (oldest first); empty otherwise.
 */
public record NativeArticleFile(Article article, List<Revision> revisions) {
    public NativeArticleFile {
        Objects.requireNonNull(article, "article");
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }
}
