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

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppDirectories dirs = new AppDirectories(dir.resolve("data"), dir.resolve("config"));
        int code = new NewsdeskCli(new CliEnvironment(dirs, new TestLibrary.TickingClock(
                Instant.parse("2026-03-01T09:00:00Z")), new PrintWriter(out), new PrintWriter(err))).run(args);
        return new Result(code, out.toString(), err.toString());
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
