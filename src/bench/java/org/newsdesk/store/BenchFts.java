package org.newsdesk.store;

/**
 * Lets the library benchmark give the bare FTS5 table exactly the MATCH expression the store builds, so the
 * comparison never drifts from what {@link FtsQuery} does. Benchmark code only (src/bench).
 */
public final class BenchFts {
    private BenchFts() {
    }

    public static String match(String userText) {
        return FtsQuery.from(userText);
    }

    /** The separator the store puts between tag names in its indexed tags column. */
    public static String tagSeparator() {
        return ArticleStore.TAG_SEPARATOR;
    }
}
