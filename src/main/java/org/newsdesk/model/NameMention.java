package org.newsdesk.model;

import java.util.List;

/**
 * An agreed name that an article mentions, for exports: the name in the article's language and its agreed
 * spellings in the library's other languages.
 */
public record NameMention(long id, NameKind kind, String name, List<NameSpelling> otherLanguages) {
    public NameMention {
        otherLanguages = List.copyOf(otherLanguages);
    }
}
