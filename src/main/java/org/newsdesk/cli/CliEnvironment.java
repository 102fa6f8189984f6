package org.newsdesk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import org.newsdesk.service.AppDirectories;

/**
 * What the commands need from outside: where the default library lives, the clock, the output streams, and the
 * environment variables (PGPASSWORD, PGPASSFILE) and home folder (~/.pgpass) a team library's password comes from.
 */
public record CliEnvironment(AppDirectories directories, Clock clock, PrintWriter out, PrintWriter err,
                             java.util.Map<String, String> variables, java.nio.file.Path home) {

    public CliEnvironment(AppDirectories directories, Clock clock, PrintWriter out, PrintWriter err) {
        this(directories, clock, out, err, System.getenv(), java.nio.file.Path.of(System.getProperty("user.home")));
    }
}
