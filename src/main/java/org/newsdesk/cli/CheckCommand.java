package org.newsdesk.cli;

import java.util.List;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the library's integrity (database, search index, article bodies).")
final class CheckCommand extends LibraryCommand {

    CheckCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        List<String> problems = library.check();
        if (problems.isEmpty()) {
            out().println("OK: " + library.file() + " is sound (" + library.articles().count() + " articles).");
            return ExitCodes.OK;
        }
        problems.forEach(p -> err().println(p));
        return ExitCodes.BAD_INPUT;
    }
}
