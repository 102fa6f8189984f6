package org.newsdesk.model;

import java.util.Objects;
import org.newsdesk.i18n.Message;

/** Who is working: the name that goes on revisions, comments and status changes. */
public record User(String name, Role role) {
    public User {
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", Message.of("error.user.nameRequired"));
        }
        name = name.strip();
    }
}
