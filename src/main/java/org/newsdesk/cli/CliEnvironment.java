package org.newsdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.newsdesk.i18n.Digits;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.service.AppDirectories;

/**
 * What the commands need from outside: where the default library lives, the clock, the output streams, the
 * environment variables (PGPASSWORD, PGPASSFILE, LANG) and home folder (~/.pgpass) a team library's password comes
 * from, and the language error sentences are written in.
 */
public record CliEnvironment(AppDirectories directories, Clock clock, PrintWriter out, PrintWriter err,
                             Map<String, String> variables, Path home, Messages messages) {

    public CliEnvironment(AppDirectories directories, Clock clock, PrintWriter out, PrintWriter err) {
        this(directories, clock, out, err, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public CliEnvironment(AppDirectories directories, Clock clock, PrintWriter out, PrintWriter err,
                          Map<String, String> variables, Path home) {
        this(directories, clock, out, err, variables, home,
                Messages.of(UiLanguage.fromEnvironment(variables).orElse(UiLanguage.ENGLISH), Digits.LATIN));
    }

    /** The same environment speaking {@code language} ({@code --ui-language}). */
    public CliEnvironment speaking(UiLanguage language) {
        return new CliEnvironment(directories, clock, out, err, variables, home, Messages.of(language, Digits.LATIN));
    }

}
