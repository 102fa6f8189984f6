package org.newsdesk.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.model.TeamAddress;

/**
 * Finds the password for a team library the way every PostgreSQL client does: {@code PGPASSWORD}, then the password
 * file ({@code PGPASSFILE} or {@code ~/.pgpass}), then the operating system's keyring. Newsdesk never writes a
 * password to a file of its own; when none is found the window asks (once per session) and the CLI says how to give one.
 */
public final class TeamCredentials {
    private final Map<String, String> environment;
    private final Path home;
    private final Keyring keyring;

    public TeamCredentials(Map<String, String> environment, Path home, Keyring keyring) {
        this.environment = environment;
        this.home = home;
        this.keyring = keyring;
    }

    public static TeamCredentials forThisSystem() {
        return new TeamCredentials(System.getenv(), Path.of(System.getProperty("user.home")), Keyring.forThisSystem());
    }

    public Optional<String> find(TeamAddress address) {
        String env = environment.get("PGPASSWORD");
        if (env != null && !env.isEmpty()) {
            return Optional.of(env);
        }
        Optional<String> fromFile = passwordFile(address);
        if (fromFile.isPresent()) {
            return fromFile;
        }
        return keyring.lookup(address);
    }

    public Keyring keyring() {
        return keyring;
    }

    /** The first matching line of the password file: host:port:database:username:password, "*" matching anything. */
    Optional<String> passwordFile(TeamAddress address) {
        String configured = environment.get("PGPASSFILE");
        Path file = configured != null && !configured.isEmpty() ? Path.of(configured) : home.resolve(".pgpass");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        String[] wanted = {address.host(), Integer.toString(address.port()), address.database(), address.user()};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = splitFields(line);
            if (fields.size() < 5) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < 4 && match; i++) {
                String f = fields.get(i);
                match = f.equals("*") || f.equals(wanted[i])
                        || (i == 0 && f.equals("localhost") && wanted[0].equals("127.0.0.1"));
            }
            if (match) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    /** Splits on ":" where "\:" and "\\" stand for themselves. */
    private static List<String> splitFields(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (ch == ':' && out.size() < 4) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        out.add(current.toString());
        return out;
    }
}
