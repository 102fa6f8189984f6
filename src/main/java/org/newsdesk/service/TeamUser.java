package org.newsdesk.service;

import java.util.concurrent.atomic.AtomicReference;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;

/**
 * Who acts in a library. In a team library it is the PostgreSQL login with the role the server gave it at the
 * last sync, whatever the local profile or --as/--role say; elsewhere the profile (or --as/--role) as given.
 */
final class TeamUser implements CurrentUser {
    private final CurrentUser local;
    private final AtomicReference<User> team = new AtomicReference<>();

    TeamUser(CurrentUser local) {
        this.local = local;
    }

    @Override
    public User get() {
        User t = team.get();
        return t != null ? t : local.get();
    }

    void becomeTeam(String login, Role role) {
        team.set(new User(login, role));
    }

    boolean isTeam() {
        return team.get() != null;
    }
}
