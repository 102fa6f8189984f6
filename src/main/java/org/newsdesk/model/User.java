package org.newsdesk.model;

import java.util.Objects;

/** Who is working: the name that goes on revisions, comments and status changes. */
public record User(String name, Role role) {
    public User {
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "A user name is required.");
        }
        name = name.strip();
    }
}
