package org.newsdesk.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdesk.model.Article;
import org.newsdesk.model.Slugs;

/**
 * A file (or folder) name for each article of an export: its slug, with "-&lt;lang&gt;" added when another
 * article of the export has the same slug (an English and a French version), and the id when even that
 * clashes. Names hold only [a-z0-9-], so none can climb out of the export folder.
 */
public final class ArticleFileNames {

    public record Named(Article article, String name) {
    }

    private ArticleFileNames() {
    }

    /** The articles in a fixed order (slug, language, id), each with a name unique within the list. */
    public static List<Named> assign(List<Article> articles) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing((Article a) -> safeSlug(a.slug()))
                .thenComparing(a -> a.language().tag())
                .thenComparing(a -> a.id().toString()));
        Set<String> taken = new HashSet<>();
        List<Named> named = new ArrayList<>(sorted.size());
        for (Article article : sorted) {
            String slug = safeSlug(article.slug());
            String name = slug;
            if (!taken.add(name)) {
                name = slug + "-" + article.language().tag().toLowerCase(Locale.ROOT);
                if (!taken.add(name)) {
                    name = slug + "-" + article.id();
                    taken.add(name);
                }
            }
            named.add(new Named(article, name));
        }
        return named;
    }

    /** A slug safe as a file or folder name. */
    static String safeName(String slug) {
        return safeSlug(slug);
    }

    private static String safeSlug(String slug) {
        return Slugs.isValid(slug) ? slug : Slugs.fromHeadline(slug);
    }
}
