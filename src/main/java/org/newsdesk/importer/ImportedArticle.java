package org.newsdesk.importer;

import java.util.List;
import org.newsdesk.image.ValidImage;
import org.newsdesk.model.Article;

/**
 * An article read from a file, with the pictures its body shows (already checked, stored with the article).
 *
 * @param keepIdentity true when the file carries the article's own identity (native JSON, bundles):
 *                     it is recreated with the same id, status and times if the library does not have it yet
 * @param comments     review comments the file holds (Word's), stored with the article
 */
public record ImportedArticle(Article article, boolean keepIdentity, List<ValidImage> images,
                              List<ImportedComment> comments) {

    public ImportedArticle {
        images = images == null ? List.of() : List.copyOf(images);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    public ImportedArticle(Article article, boolean keepIdentity, List<ValidImage> images) {
        this(article, keepIdentity, images, List.of());
    }

    public ImportedArticle(Article article, boolean keepIdentity) {
        this(article, keepIdentity, List.of());
    }

    public static ImportedArticle fresh(Article article) {
        return new ImportedArticle(article, false);
    }

    public static ImportedArticle fresh(Article article, List<ValidImage> images) {
        return new ImportedArticle(article, false, images);
    }
}
