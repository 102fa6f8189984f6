package org.newsdesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The columns a library list shows, without the body: cheap to load by the thousand. */
public record ArticleSummary(UUID id, String slug, Language language, String headline, ArticleStatus status,
                             LocalDate date, Instant updatedAt, String tags, OffsetDateTime embargo) {
}
