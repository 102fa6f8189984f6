package org.newsdesk.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.i18n.Message;

/**
 * Where a team library lives and who connects to it: {@code postgresql://USER@HOST:PORT/DB?sslmode=verify-full}.
 * Never holds a password (those come from PGPASSWORD, ~/.pgpass, the keyring or a prompt).
 *
 * @param params connection options passed on to the driver (sslmode, sslrootcert, connectTimeout…)
 */
public record TeamAddress(String user, String host, int port, String database, Map<String, String> params) {
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern URL = Pattern.compile(
            "(?:postgres(?:ql)?://)(?:([^@/:]+)(?::[^@/]*)?@)?(\\[[^\\]]+\\]|[^:/?]+)?(?::(\\d+))?/([^?]+)(?:\\?(.*))?");

    public TeamAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        user = user == null ? "" : user;
        params = params == null ? Map.of() : Map.copyOf(new TreeMap<>(params));
    }

    /** Parses a PostgreSQL URL; a password inside it is refused (it would end up in shell history and settings). */
    public static TeamAddress parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = URL.matcher(t);
        if (!m.matches()) {
            throw new BadInputException(Message.of("error.team.notAnAddress", text));
        }
        if (t.matches("postgres(?:ql)?://[^@/:]+:[^@/]*@.*")) {
            throw new BadInputException(Message.of("error.team.passwordInAddress"));
        }
        Map<String, String> params = new TreeMap<>();
        if (m.group(5) != null) {
            for (String pair : m.group(5).split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
        }
        String host = m.group(2) == null || m.group(2).isEmpty() ? "localhost" : m.group(2);
        int port = m.group(3) == null ? DEFAULT_PORT : Integer.parseInt(m.group(3));
        return new TeamAddress(m.group(1) == null ? "" : decode(m.group(1)), host, port, decode(m.group(4)), params);
    }

    public TeamAddress withUser(String name) {
        return new TeamAddress(name, host, port, database, params);
    }

    /** "host:port/database", for messages. */
    public String where() {
        return host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("postgresql://");
        if (!user.isEmpty()) {
            sb.append(user).append('@');
        }
        sb.append(host).append(':').append(port).append('/').append(database);
        String sep = "?";
        for (var e : params.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&";
        }
        return sb.toString();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
