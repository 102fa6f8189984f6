package org.newsdesk.service;

import org.newsdesk.model.User;

/** Who is acting right now: the saved profile, or the CLI's --as/--role. */
@FunctionalInterface
public interface CurrentUser {
    User get();
}
