package org.newsdesk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import org.newsdesk.service.AppDirectories;

/** What the commands need from outside: where the default library lives, the clock, the output streams. */
public record CliEnvironment(AppDirectories directories, Clock clock, PrintWriter out, PrintWriter err) {
}
