package org.newsdesk.ui.team;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdesk.model.TeamAddress;
import org.newsdesk.service.Keyring;
import org.newsdesk.service.TeamCredentials;

/**
 * Team-library passwords for this run of the app: what the person typed (kept in memory only), else what
 * PGPASSWORD, ~/.pgpass or the keyring hold. {@link #find} may read a file or ask the keyring: call it off the FX thread.
 */
public final class SessionPasswords {
    private final TeamCredentials credentials;
    private final Map<String, String> typed = new ConcurrentHashMap<>();

    public SessionPasswords(TeamCredentials credentials) {
        this.credentials = credentials;
    }

    public Optional<String> find(TeamAddress address) {
        String known = typed.get(address.toString());
        return known != null ? Optional.of(known) : credentials.find(address);
    }

    public void remember(TeamAddress address, String password) {
        typed.put(address.toString(), password);
    }

    public Keyring keyring() {
        return credentials.keyring();
    }
}
