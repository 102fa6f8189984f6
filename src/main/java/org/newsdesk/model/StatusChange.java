package org.newsdesk.model;

import java.time.Instant;

/** One step of the workflow: who moved the article from which state to which, and why. */
public record StatusChange(ArticleStatus from, ArticleStatus to, String author, Instant at, String note) {
}
