package org.newsdesk.model;

import java.time.Instant;

/**
 * A snapshot of an article recorded by an explicit save. Numbered 1, 2, 3… per article.
 *
 * @param conflict null for an ordinary revision; set when an import stored incoming text beside the local text
 */
public record Revision(int number, String author, Instant createdAt, String note, Article snapshot,
                       ConflictMark conflict) {
    public Revision {
        note = note == null ? "" : note;
    }

    public Revision(int number, String author, Instant createdAt, String note, Article snapshot) {
        this(number, author, createdAt, note, snapshot, null);
    }

    public RevisionInfo info() {
        return new RevisionInfo(number, author, createdAt, note, snapshot.status(), conflict);
    }
}
