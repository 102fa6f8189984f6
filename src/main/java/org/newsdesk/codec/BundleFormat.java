package org.newsdesk.codec;

/**
 * Names and numbers of the upload bundle: a zip with manifest.json and articles/&lt;folder&gt;/… files.
 * The writer lives with the renderer (export); readers and checkers only need these.
 */
public final class BundleFormat {
    public static final String FORMAT = "newsdesk-bundle";
    /** Bump only with a reader that still understands every older version. */
    public static final int VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String ARTICLE_FILE = "article.json";

    private BundleFormat() {
    }

    /**
     * True for articles/&lt;folder&gt;/article.json, the native file of one article, and for
     * articles/&lt;set&gt;/&lt;folder&gt;/article.json, one member of a translation set.
     */
    public static boolean isArticleFile(String path) {
        return path.matches("articles/[^/]+/([^/]+/)?" + java.util.regex.Pattern.quote(ARTICLE_FILE));
    }
}
