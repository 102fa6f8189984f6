package org.newsdesk.codec;

/**
 * Names and numbers of the review package file:
 * {"format":"newsdesk-review","version":1,"exportedBy":…,"exportedAt":…,"article":{…},"revisions":[…],
 * "comments":[…],"statusHistory":[…]}. Bump {@link #VERSION} only with a reader for every older version.
 */
public final class ReviewPackageFormat {
    public static final String FORMAT = "newsdesk-review";
    public static final int VERSION = 1;
    /** The usual file ending, for file choosers. */
    public static final String EXTENSION = "newsdesk-review.json";

    static final String FORMAT_FIELD = "format";
    static final String VERSION_FIELD = "version";
    static final String EXPORTED_BY = "exportedBy";
    static final String EXPORTED_AT = "exportedAt";
    static final String ARTICLE = "article";
    static final String REVISIONS = "revisions";
    static final String COMMENTS = "comments";
    static final String STATUS_HISTORY = "statusHistory";

    private ReviewPackageFormat() {
    }
}
