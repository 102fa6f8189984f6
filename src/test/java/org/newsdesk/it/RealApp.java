package org.newsdesk.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built {@code target/newsdesk.jar}, started as its own process the way a person starts it: a home folder
 * of its own and no XDG variables, so it finds its folders exactly as on a fresh account.
 */
final class RealApp {
    private final Process process;
    private final Path output;

    private RealApp(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("newsdesk.jar", "target/newsdesk.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing: these tests run after `mvn package` (mvn verify does both).");
        }
        return jar;
    }

    /** Starts the window on display {@code x}; its console output goes to {@code output}. */
    static RealApp start(Path home, XDisplay x, Path output, String... args) throws IOException {
        ProcessBuilder pb = command(home, args).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().put("DISPLAY", x.name());
        return new RealApp(pb.start(), output);
    }

    /** Runs a command of the command line to its end; its exit code and output. */
    static Result run(Path home, String... args) throws Exception {
        Process p = command(home, args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("newsdesk " + String.join(" ", args) + " did not finish: " + out);
        }
        return new Result(p.exitValue(), out);
    }

    record Result(int exitCode, String output) {
    }

    private static ProcessBuilder command(Path home, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("XDG_"));
        // an English desktop whatever the CI shell's LANG: the tests read English titles and output, as UTF-8
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANGUAGE"));
        env.put("LANG", "C.UTF-8");
        env.put("HOME", home.toString());
        return pb;
    }

    /** Pulls the plug: SIGKILL, no shutdown hooks, no last save. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Newsdesk did not end within " + timeout.toSeconds() + " s; its output:\n"
                    + output());
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    void stopIfRunning() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
