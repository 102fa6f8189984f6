package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.TeamAddress;

/**
 * The password of a team library kept in the Secret Service (GNOME Keyring, KWallet) through libsecret's
 * {@code secret-tool}: stored once at join, found again by the next session, never written to a file by Newsdesk.
 * Runs a private session bus and keyring daemon of its own (`.ci/run` installs libsecret-tools, gnome-keyring and
 * dbus-x11); skipped with one sentence where they are missing.
 */
class KeyringTest {
    @TempDir
    Path dir;
    private final Map<String, String> session = new HashMap<>();
    private long busPid;

    @BeforeEach
    void startKeyring() throws Exception {
        for (String tool : List.of("secret-tool", "dbus-launch", "gnome-keyring-daemon")) {
            assumeTrue(onPath(tool) != null, "the keyring test needs " + tool + " (libsecret-tools, dbus-x11,"
                    + " gnome-keyring)");
        }
        Path runtime = Files.createDirectories(dir.resolve("run"));
        runtime.toFile().setReadable(false, false);
        runtime.toFile().setReadable(true, true);
        session.put("HOME", dir.toString());
        session.put("XDG_RUNTIME_DIR", runtime.toString());
        session.put("XDG_DATA_HOME", dir.resolve("data").toString());
        String bus = run(List.of("dbus-launch", "--sh-syntax"), null);
        Matcher address = Pattern.compile("DBUS_SESSION_BUS_ADDRESS='([^']+)'").matcher(bus);
        Matcher pid = Pattern.compile("DBUS_SESSION_BUS_PID=(\\d+)").matcher(bus);
        assertThat(address.find() && pid.find()).as(bus).isTrue();
        session.put("DBUS_SESSION_BUS_ADDRESS", address.group(1));
        busPid = Long.parseLong(pid.group(1));
        run(List.of("gnome-keyring-daemon", "--unlock", "--components=secrets"), "login password");
    }

    @AfterEach
    void stopKeyring() {
        if (busPid > 0) { // the keyring daemon leaves with its bus
            ProcessHandle.of(busPid).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void aPasswordStoredAtJoinIsFoundByTheNextSessionAndOnlyForItsAddress() {
        Keyring keyring = new Keyring.SecretTool(onPath("secret-tool"), session);
        TeamAddress sara = TeamAddress.parse("postgresql://sara@db.example.org/pressoffice");
        TeamAddress omar = TeamAddress.parse("postgresql://omar@db.example.org/pressoffice");

        assertThat(keyring.available()).isTrue();
        assertThat(keyring.lookup(sara)).isEmpty();
        assertThat(keyring.store(sara, "s3cret wörds")).isTrue();

        Keyring nextSession = new Keyring.SecretTool(onPath("secret-tool"), session);
        assertThat(nextSession.lookup(sara)).contains("s3cret wörds");
        assertThat(nextSession.lookup(omar)).isEmpty();
        // PGPASSWORD and ~/.pgpass come first, as for every PostgreSQL client; then the keyring
        assertThat(new TeamCredentials(Map.of(), dir, nextSession).find(sara)).contains("s3cret wörds");
        assertThat(new TeamCredentials(Map.of("PGPASSWORD", "from-env"), dir, nextSession).find(sara))
                .contains("from-env");
        assertThat(Files.exists(dir.resolve(".pgpass"))).as("nothing written to a file").isFalse();
    }

    private String run(List<String> command, String input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(session);
        Process p = builder.start();
        try (OutputStream in = p.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return out;
    }

    private static Path onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(d, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
