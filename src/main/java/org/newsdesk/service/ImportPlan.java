package org.newsdesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.importer.ArticleLanguage;
import org.newsdesk.importer.ImportWarning;
import org.newsdesk.importer.ImportedArticle;
import org.newsdesk.model.Language;

/**
 * Files read and checked, not yet stored: each article with the language chosen for it (and why) and what was
 * left out of it. Its languages can be changed before it is stored ({@link ImportService#store}).
 */
public record ImportPlan(List<Item> items) {

    public ImportPlan {
        items = List.copyOf(items);
    }

    /**
     * @param read   the article as the file gave it, before its language was set
     * @param source where the language came from
     */
    public record Item(Path file, ImportedArticle read, Language language, LanguageSource source) {

        /** The article as it will be stored: in its language, right to left where that language is. */
        public ImportedArticle article() {
            return read.withArticle(ArticleLanguage.apply(read.article(), language));
        }

        public List<ImportWarning> warnings() {
            return read.warnings();
        }
    }

    /** The same plan with the {@code index}th article in {@code language}. */
    public ImportPlan withLanguage(int index, Language language) {
        List<Item> changed = new ArrayList<>(items);
        Item item = changed.get(index);
        if (!item.language().equals(language)) {
            changed.set(index, new Item(item.file(), item.read(), language, LanguageSource.CHANGED));
        }
        return new ImportPlan(changed);
    }

    public List<ImportWarning> warnings() {
        return items.stream().flatMap(i -> i.warnings().stream()).toList();
    }
}
