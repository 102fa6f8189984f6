package org.newsdesk.model;

import java.time.LocalDate;

/**
 * What to look for in the library. Every field is optional (null or blank means "any").
 *
 * @param text     words to find; quoted words form a phrase, and every word also matches as a prefix
 * @param from     first article date to include
 * @param to       last article date to include
 */
public record ArticleFilter(String text, ArticleStatus status, String tag, Language language,
                            LocalDate from, LocalDate to, SearchOrder order, int limit) {

    public static final int DEFAULT_LIMIT = 50;

    public ArticleFilter {
        text = text == null ? "" : text.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        order = order == null ? (text.isEmpty() ? SearchOrder.NEWEST : SearchOrder.RELEVANCE) : order;
        limit = limit <= 0 ? DEFAULT_LIMIT : limit;
    }

    public static ArticleFilter all() {
        return new ArticleFilter("", null, null, null, null, null, SearchOrder.NEWEST, Integer.MAX_VALUE);
    }

    public static ArticleFilter text(String text) {
        return new ArticleFilter(text, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public ArticleFilter withText(String t) {
        return new ArticleFilter(t, status, tag, language, from, to, order, limit);
    }

    public ArticleFilter withStatus(ArticleStatus s) {
        return new ArticleFilter(text, s, tag, language, from, to, order, limit);
    }

    public ArticleFilter withTag(String t) {
        return new ArticleFilter(text, status, t, language, from, to, order, limit);
    }

    public ArticleFilter withLanguage(Language l) {
        return new ArticleFilter(text, status, tag, l, from, to, order, limit);
    }

    public ArticleFilter withDates(LocalDate f, LocalDate t) {
        return new ArticleFilter(text, status, tag, language, f, t, order, limit);
    }

    public ArticleFilter withOrder(SearchOrder o) {
        return new ArticleFilter(text, status, tag, language, from, to, o, limit);
    }

    public ArticleFilter withLimit(int n) {
        return new ArticleFilter(text, status, tag, language, from, to, order, n);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }
}
