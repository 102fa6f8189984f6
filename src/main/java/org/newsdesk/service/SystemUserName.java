package org.newsdesk.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The name the operating system knows the user by: on Unix the full name of the account (the first field of
 * its GECOS entry, "Leila Haddad,,,"), else the login name. A suggestion only, so any failure gives the login.
 */
final class SystemUserName {
    private static final Path PASSWD = Path.of("/etc/passwd");

    private SystemUserName() {
    }

    static String find() {
        String login = System.getProperty("user.name", "").strip();
        String full = Files.isReadable(PASSWD) ? fullName(login, readPasswd()) : "";
        if (!full.isEmpty()) {
            return full;
        }
        return login.isEmpty() ? "Newsdesk user" : login;
    }

    /** The GECOS full name of {@code login} in passwd-format lines, or "" when it has none. */
    static String fullName(String login, List<String> passwdLines) {
        for (String line : passwdLines) {
            String[] fields = line.split(":", -1);
            if (fields.length >= 5 && fields[0].equals(login)) {
                String gecos = fields[4];
                int comma = gecos.indexOf(',');
                return (comma < 0 ? gecos : gecos.substring(0, comma)).strip();
            }
        }
        return "";
    }

    private static List<String> readPasswd() {
        try {
            return Files.readAllLines(PASSWD, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
