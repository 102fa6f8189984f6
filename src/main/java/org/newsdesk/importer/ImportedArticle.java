package org.newsdesk.importer;

import java.util.List;
import org.newsdesk.image.ValidImage;
import org.newsdesk.model.Article;
import org.newsdesk.model.TranslationLink;

/**
 * An article read from a file, with the pictures its body shows (already checked, stored with the article).
 *
 * @param keepIdentity   true when the file carries the article's own identity (native JSON, bundles):
 *                       it is recreated with the same id, status and times if the library does not have it yet
 * @param languageStated true when the file states the article's language (front matter, {@code lang}, Word's
 *                       language, a native file); otherwise the language is the import's default, to be detected
 * @param warnings       what was left out of the article (pictures that could not come along), one each
 * @param translation    what the article was translated from (native files of a translation), or null
 * @param comments       review comments the file holds (Word's), stored with the article
 */
public record ImportedArticle(Article article, boolean keepIdentity, List<ValidImage> images, boolean languageStated,
                              List<ImportWarning> warnings, TranslationLink translation,
                              List<ImportedComment> comments) {

    public ImportedArticle {
        images = images == null ? List.of() : List.copyOf(images);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    public ImportedArticle(Article article, boolean keepIdentity, List<ValidImage> images, boolean languageStated,
                           List<ImportWarning> warnings, TranslationLink translation) {
        this(article, keepIdentity, images, languageStated, warnings, translation, List.of());
    }

    public ImportedArticle(Article article, boolean keepIdentity, List<ValidImage> images, boolean languageStated,
                           List<ImportWarning> warnings) {
        this(article, keepIdentity, images, languageStated, warnings, null);
    }

    /** A native file of a translation: it states its language and carries the link to its source. */
    public ImportedArticle(Article article, boolean keepIdentity, List<ValidImage> images,
                           TranslationLink translation) {
        this(article, keepIdentity, images, keepIdentity, List.of(), translation);
    }

    /** A file that carries the article's identity also states its language. */
    public ImportedArticle(Article article, boolean keepIdentity, List<ValidImage> images) {
        this(article, keepIdentity, images, keepIdentity, List.of(), null);
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

    /** An article from a file that does or does not state its language, with what was left out of it. */
    public static ImportedArticle fresh(Article article, List<ValidImage> images, boolean languageStated,
                                        List<ImportWarning> warnings) {
        return new ImportedArticle(article, false, images, languageStated, warnings, null);
    }

    public ImportedArticle withArticle(Article changed) {
        return new ImportedArticle(changed, keepIdentity, images, languageStated, warnings, translation, comments);
    }
}
