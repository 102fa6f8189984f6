package org.newsdesk.ui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.newsdesk.model.User;
import org.newsdesk.service.CurrentUser;
import org.newsdesk.service.ProfileStore;

/** Who is using the window; read by the library thread, changed from the profile dialog. */
public final class UserSession implements CurrentUser {
    private final AtomicReference<User> user;
    private final ProfileStore profiles;
    private final List<Consumer<User>> listeners = new CopyOnWriteArrayList<>();

    public UserSession(User user, ProfileStore profiles) {
        this.user = new AtomicReference<>(user);
        this.profiles = profiles;
    }

    @Override
    public User get() {
        return user.get();
    }

    /** Switches user for this run (no disk work: the FX thread calls it); {@link #remember} keeps it for the next. */
    public void change(User newUser) {
        user.set(newUser);
        listeners.forEach(l -> l.accept(newUser));
    }

    /** Writes {@code chosen} to profile.json for the next start: disk work, call it off the FX thread. */
    public void remember(User chosen) {
        profiles.save(chosen);
    }

    /** Called (on the thread that changed the user, the FX thread) after each switch: panels that depend on the role. */
    public void addListener(Consumer<User> listener) {
        listeners.add(listener);
    }
}
