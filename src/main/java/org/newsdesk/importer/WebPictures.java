package org.newsdesk.importer;

/** What an import does with a picture that is on the web: importing never fetches anything. */
public enum WebPictures {
    /** Left out, with a note naming it. */
    DROP,
    /** Kept as a link to it (its caption or alt text as the words). */
    LINK
}
