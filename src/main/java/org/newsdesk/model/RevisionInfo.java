package org.newsdesk.model;

import java.time.Instant;

/** A revision without its snapshot: what a history list shows. */
public record RevisionInfo(int number, String author, Instant createdAt, String note, ArticleStatus status) {
}
