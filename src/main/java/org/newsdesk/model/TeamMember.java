package org.newsdesk.model;

/** A person of a team library: their PostgreSQL login and the role of their group. */
public record TeamMember(String name, Role role) {
}
