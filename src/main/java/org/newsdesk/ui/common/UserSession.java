package org.newsdesk.ui.common;

import java.util.concurrent.atomic.AtomicReference;
import org.newsdesk.model.User;
import org.newsdesk.service.CurrentUser;
import org.newsdesk.service.ProfileStore;

/** Who is using the window; read by the library thread, changed from the profile dialog. */
public final class UserSession implements CurrentUser {
    private final AtomicReference<User> user;
    private final ProfileStore profiles;

    public UserSession(User user, ProfileStore profiles) {
        this.user = new AtomicReference<>(user);
        this.profiles = profiles;
    }

    @Override
    public User get() {
        return user.get();
    }

    /** Switches user and remembers the choice for the next start. */
    public void change(User newUser) {
        user.set(newUser);
        profiles.save(newUser);
    }
}
