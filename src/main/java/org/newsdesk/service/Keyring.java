package org.newsdesk.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.newsdesk.model.TeamAddress;

/**
 * The operating system's keyring, where one is reachable: on Linux the Secret Service through {@code secret-tool}
 * (libsecret). Elsewhere, or without it, {@link #available()} is false and the window asks once per session.
 */
public interface Keyring {
    boolean available();

    Optional<String> lookup(TeamAddress address);

    /** Stores the password; false when no keyring took it. */
    boolean store(TeamAddress address, String password);

    Keyring NONE = new Keyring() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<String> lookup(TeamAddress address) {
            return Optional.empty();
        }

        @Override
        public boolean store(TeamAddress address, String password) {
            return false;
        }
    };

    static Keyring forThisSystem() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path tool = Path.of(dir, "secret-tool");
            if (Files.isExecutable(tool)) {
                return new SecretTool(tool);
            }
        }
        return NONE;
    }

    /** libsecret's command-line tool; each password is filed under the team library's address. */
    final class SecretTool implements Keyring {
        private final Path tool;
        private final java.util.Map<String, String> environment;

        SecretTool(Path tool) {
            this(tool, java.util.Map.of());
        }

        /** @param environment added to the tool's environment (a session bus address, say); usually empty */
        SecretTool(Path tool, java.util.Map<String, String> environment) {
            this.tool = tool;
            this.environment = java.util.Map.copyOf(environment);
        }

        private ProcessBuilder command(List<String> arguments) {
            ProcessBuilder builder = new ProcessBuilder(arguments);
            builder.environment().putAll(environment);
            return builder;
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public Optional<String> lookup(TeamAddress address) {
            try {
                Process p = command(List.of(tool.toString(), "lookup", "service", "newsdesk-team", "address",
                        address.withUser(address.user()).toString())).redirectErrorStream(false).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(out.endsWith("\n") ? out.substring(0, out.length() - 1) : out);
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        @Override
        public boolean store(TeamAddress address, String password) {
            try {
                Process p = command(List.of(tool.toString(), "store", "--label=Newsdesk team library "
                        + address.where(), "service", "newsdesk-team", "address", address.toString())).start();
                try (OutputStream in = p.getOutputStream()) {
                    in.write(password.getBytes(StandardCharsets.UTF_8));
                }
                return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
