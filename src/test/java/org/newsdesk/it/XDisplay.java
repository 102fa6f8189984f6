package org.newsdesk.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A private X server (Xvfb) and a person's hands on it (xdotool): real key presses into real windows, found by
 * their titles. Needs the Debian packages xvfb and xdotool (.ci/run installs them).
 */
final class XDisplay implements AutoCloseable {
    private final Process server;
    private final String display;

    private XDisplay(Process server, String display) {
        this.server = server;
        this.display = display;
    }

    /** Starts Xvfb on a free display number (Xvfb picks it and tells it through -displayfd). */
    static XDisplay start(int width, int height) throws IOException {
        requireProgram("Xvfb", "xvfb");
        requireProgram("xdotool", "xdotool");
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-nolisten", "tcp",
                "-screen", "0", width + "x" + height + "x24")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String number = readLine(xvfb.getInputStream());
        if (number.isBlank()) {
            xvfb.destroyForcibly();
            throw new IOException("Xvfb did not start");
        }
        return new XDisplay(xvfb, ":" + number.strip());
    }

    String name() {
        return display;
    }

    /** Waits until a visible window's title matches {@code titleRegex}; its X id. */
    String awaitWindow(String titleRegex, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> id = findWindow(titleRegex);
            if (id.isPresent()) {
                return id.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No window titled /" + titleRegex + "/ within " + timeout.toSeconds()
                + " s; windows shown: " + titles());
    }

    Optional<String> findWindow(String titleRegex) throws Exception {
        List<String> ids = xdotool("search", "--onlyvisible", "--name", titleRegex);
        return ids.stream().filter(s -> !s.isBlank()).findFirst();
    }

    /** Waits until the window's title matches {@code titleRegex}; the title. */
    String awaitTitle(String windowId, String titleRegex, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String title = "";
        while (System.nanoTime() < deadline) {
            title = title(windowId);
            if (title.matches(titleRegex)) {
                return title;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The window's title stayed \"" + title + "\", expected /" + titleRegex + "/");
    }

    String title(String windowId) throws Exception {
        return String.join("", xdotool("getwindowname", windowId));
    }

    List<String> titles() throws Exception {
        List<String> titles = new ArrayList<>();
        for (String id : xdotool("search", "--onlyvisible", "--name", ".")) {
            if (!id.isBlank()) {
                titles.add(title(id));
            }
        }
        return titles;
    }

    /** Gives the window the keyboard (there is no window manager to do it). */
    void focus(String windowId) throws Exception {
        xdotool("windowfocus", "--sync", windowId);
    }

    /** Presses keys, e.g. "ctrl+n", "Return". */
    void key(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("key", "--clearmodifiers", "--delay", "60"));
        args.addAll(List.of(keys));
        xdotool(args.toArray(String[]::new));
    }

    /** Types text as a person does, one key after another. */
    void type(String text) throws Exception {
        xdotool("type", "--delay", "40", text);
    }

    /** A PNG of the whole screen, for a person to look at when a run fails. */
    void screenshot(Path png) {
        try {
            new ProcessBuilder("import", "-display", display, "-window", "root", png.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // a missing screenshot does not change the verdict
        }
    }

    private List<String> xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("xdotool " + String.join(" ", args) + " did not finish");
        }
        return out.lines().toList();
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            sb.append((char) c);
        }
        return sb.toString();
    }

    private static void requireProgram(String program, String debianPackage) {
        boolean found = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> java.nio.file.Files.isExecutable(Path.of(dir, program)));
        if (!found) {
            throw new AssertionError(program + " is missing: install the Debian package " + debianPackage
                    + " (.ci/run installs everything the tests need).");
        }
    }

    @Override
    public void close() {
        server.destroy();
        try {
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
