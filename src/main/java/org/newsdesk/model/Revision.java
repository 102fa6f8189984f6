package org.newsdesk.model;

import java.time.Instant;

/** A snapshot of an article recorded by an explicit save. Numbered 1, 2, 3… per article. */
public record Revision(int number, String author, Instant createdAt, String note, Article snapshot) {
    public Revision {
        note = note == null ? "" : note;
    }
}
