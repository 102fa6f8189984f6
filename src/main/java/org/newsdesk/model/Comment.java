package org.newsdesk.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A review comment anchored to a stretch of the body's plain text.
 *
 * @param start  character offset where the commented text starts, or -1 for a general comment
 * @param end    offset just after it, or -1
 * @param quote  the commented words as they were, kept when the anchor is lost
 * @param parent the comment this one replies to, or null
 */
public record Comment(long id, UUID articleId, Long parent, String author, Instant createdAt, String text,
                      int start, int end, String quote, boolean resolved) {
}
