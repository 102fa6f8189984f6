package org.newsdesk.model;

import java.time.Instant;

/**
 * A revision without its snapshot: what a history list shows.
 *
 * @param conflict null for an ordinary revision; OPEN for incoming text an import could not merge
 */
public record RevisionInfo(int number, String author, Instant createdAt, String note, ArticleStatus status,
                           ConflictMark conflict) {
    public RevisionInfo(int number, String author, Instant createdAt, String note, ArticleStatus status) {
        this(number, author, createdAt, note, status, null);
    }

    public boolean isOpenConflict() {
        return conflict == ConflictMark.OPEN;
    }
}
