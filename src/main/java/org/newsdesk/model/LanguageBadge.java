package org.newsdesk.model;

/**
 * One language of an article's translation set as the library list shows it: "EN FR AR".
 *
 * @param outdated the member is a translation whose source changed since it was translated
 * @param self     the badge of the article the list row stands for
 */
public record LanguageBadge(Language language, boolean outdated, boolean self) {
}
