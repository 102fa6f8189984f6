package org.newsdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.testing.TestLibrary;

/** Runs command lines in-process against a folder of their own, catching exit code, stdout and stderr. */
record CliRunner(Path dir) {
    record Result(int code, String out, String err) {
    }

    /** {@code args} in English, whatever this machine's LANG. */
    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new NewsdeskCli(inEnglish(directories(), new TestLibrary.TickingClock(
                Instant.parse("2026-03-01T09:00:00Z")), new PrintWriter(out), new PrintWriter(err))).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * The environment {@code newsdesk} gets on this machine (PGPASSWORD…, the home folder) but speaking English: the
     * machine's LANG must not change what a test reads (help headings, error sentences).
     */
    static CliEnvironment inEnglish(AppDirectories directories, java.time.Clock clock, PrintWriter out,
                                    PrintWriter err) {
        java.util.Map<String, String> english = new java.util.HashMap<>(System.getenv());
        english.keySet().removeAll(java.util.List.of("LC_ALL", "LC_MESSAGES", "LANG"));
        return new CliEnvironment(directories, clock, out, err, english, Path.of(System.getProperty("user.home")));
    }

    /** {@code args} with exactly these environment variables (LANG, PGPASSWORD…) and {@code home} as home folder. */
    Result runWith(java.util.Map<String, String> variables, Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new NewsdeskCli(new CliEnvironment(directories(), new TestLibrary.TickingClock(
                Instant.parse("2026-03-01T09:00:00Z")), new PrintWriter(out), new PrintWriter(err), variables, home))
                .run(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code args} said in {@code language} ({@code --ui-language} appended), with no locale variables set. */
    Result runIn(String language, String... args) {
        return runWith(java.util.Map.of(), dir, append(args, "--ui-language", language));
    }

    static String[] append(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private AppDirectories directories() {
        return new AppDirectories(dir.resolve("data"), dir.resolve("config"));
    }

    /** {@code args} on the folder's lib.newsdesk. */
    Result runOn(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--library";
        all[args.length + 1] = dir.resolve("lib.newsdesk").toString();
        return run(all);
    }
}
