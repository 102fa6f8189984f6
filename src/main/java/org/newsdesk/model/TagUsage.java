package org.newsdesk.model;

/** A tag and how many articles carry it. */
public record TagUsage(String name, int articles) {
}
