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

    /**
     * No environment variables: the machine's own LANG/LC_ALL (a CI shell in French) would change the language of
     * every sentence, and its PGPASSWORD/PGPASSFILE the password a team command finds.
     */
    static final java.util.Map<String, String> NO_VARIABLES = java.util.Map.of();

    /** {@code args} as run with no environment variables (so in English) and a home folder of the test's own. */
    Result run(String... args) {
        return runWith(NO_VARIABLES, dir.resolve("home"), args);
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
