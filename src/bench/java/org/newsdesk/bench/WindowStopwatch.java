package org.newsdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Times a program from its start to its window being shown, as a person sees it: a private X server (Xvfb,
 * 1440×900) and {@code xdotool search --onlyvisible --name TITLE} polled every 50 ms. Needs the Debian packages
 * xvfb, xdotool and libgtk-3-0.
 */
public final class WindowStopwatch implements AutoCloseable {
    private final Process xvfb;
    private final String display;

    private WindowStopwatch(Process xvfb, String display) {
        this.xvfb = xvfb;
        this.display = display;
    }

    public static WindowStopwatch start() throws IOException {
        Process xvfb;
        try {
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "1440x900x24")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("Xvfb is missing: install xvfb, xdotool and libgtk-3-0.", e);
        }
        StringBuilder number = new StringBuilder();
        InputStream in = xvfb.getInputStream();
        for (int c; (c = in.read()) != -1 && c != '\n'; ) {
            number.append((char) c);
        }
        if (number.toString().isBlank()) {
            xvfb.destroyForcibly();
            throw new IOException("Xvfb did not start.");
        }
        return new WindowStopwatch(xvfb, ":" + number.toString().strip());
    }

    /**
     * A program to time: its command, its environment on top of a clean one, its window's title when shown, and
     * its title once the window is filled (null: shown is filled).
     */
    public record Program(String name, List<String> command, Map<String, String> environment, String titleRegex,
                          String filledTitleRegex) {
    }

    /** Seconds from the start to the window shown, and to it filled. */
    public record Times(double shown, double filled) {
    }

    /**
     * Starts {@code program}, waits for its window (and for its filled title), ends it (SIGTERM, then SIGKILL
     * after 10 s). A program that shows no window within {@code timeoutSeconds} fails the run.
     */
    public Times timeToWindow(Program program, Path home, int timeoutSeconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(program.command()).redirectErrorStream(true)
                .redirectOutput(home.resolve("last-run.log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("XDG_") || k.startsWith("JAVA_TOOL"));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("DISPLAY", display);
        pb.environment().putAll(program.environment());
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (System.nanoTime() < deadline) {
                List<String> found = find(program.titleRegex());
                if (!found.isEmpty()) {
                    double shown = (System.nanoTime() - start) / 1e9;
                    if (program.filledTitleRegex() == null) {
                        return new Times(shown, shown);
                    }
                    while (System.nanoTime() < deadline) {
                        if (String.join("", xdotool("getwindowname", found.get(0))).matches(program.filledTitleRegex())) {
                            return new Times(shown, (System.nanoTime() - start) / 1e9);
                        }
                        Thread.sleep(50);
                    }
                    break;
                }
                if (!p.isAlive()) {
                    throw new IllegalStateException(program.name() + " ended (exit " + p.exitValue()
                            + ") without a window; see " + home.resolve("last-run.log"));
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException(program.name() + " showed no (filled) window within " + timeoutSeconds + " s");
        } finally {
            end(p);
        }
    }

    /** Answers the first-start question of Newsdesk with its suggestion (Return) and waits for the window. */
    public void firstStart(Program newsdesk, Path home) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(newsdesk.command()).redirectErrorStream(true)
                .redirectOutput(home.resolve("first-start.log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("XDG_"));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        try {
            String question = await("^Welcome to Newsdesk$", 300);
            xdotool("windowfocus", "--sync", question, "key", "--clearmodifiers", "Return");
            await(newsdesk.filledTitleRegex() != null ? newsdesk.filledTitleRegex() : newsdesk.titleRegex(), 300);
        } finally {
            end(p);
        }
    }

    private String await(String titleRegex, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            List<String> ids = find(titleRegex);
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No window titled /" + titleRegex + "/ within " + seconds + " s");
    }

    private List<String> find(String titleRegex) throws Exception {
        return xdotool("search", "--onlyvisible", "--name", titleRegex).stream().filter(s -> !s.isBlank()).toList();
    }

    private List<String> xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out.lines().toList();
    }

    private static void end(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        xvfb.destroy();
    }
}
