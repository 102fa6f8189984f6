package org.newsdesk.importer;

import org.newsdesk.model.Article;

/**
 * An article read from a file.
 *
 * @param keepIdentity true when the file carries the article's own identity (native JSON, bundles):
 *                     it is recreated with the same id, status and times if the library does not have it yet
 */
public record ImportedArticle(Article article, boolean keepIdentity) {
    public static ImportedArticle fresh(Article article) {
        return new ImportedArticle(article, false);
    }
}
