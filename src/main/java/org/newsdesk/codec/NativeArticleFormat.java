package org.newsdesk.codec;

/**
 * Names and numbers of the native article file: {"format":"newsdesk-article","version":1,"article":{…}}.
 * Bump {@link #VERSION} only with a reader that still understands every older version.
 */
public final class NativeArticleFormat {
    public static final String FORMAT = "newsdesk-article";
    public static final int VERSION = 1;

    static final String FORMAT_FIELD = "format";
    static final String VERSION_FIELD = "version";
    static final String ARTICLE_FIELD = "article";
    static final String REVISIONS_FIELD = "revisions";

    private NativeArticleFormat() {
    }
}
