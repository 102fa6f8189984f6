package org.newsdesk.model;

/**
 * One search result.
 *
 * @param snippet a short excerpt with the matched words between {@link #MATCH_START} and {@link #MATCH_END};
 *                empty when the search had no words
 */
public record SearchHit(ArticleSummary article, String snippet) {
    public static final char MATCH_START = '\u0002';
    public static final char MATCH_END = '\u0003';

    /** The snippet with the match markers replaced, e.g. by "[" and "]" for a terminal. */
    public String snippet(String open, String close) {
        return snippet.replace(String.valueOf(MATCH_START), open).replace(String.valueOf(MATCH_END), close);
    }
}
