package org.newsdesk.cli;

import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "resolve-conflict", mixinStandardHelpOptions = true)
final class ResolveConflictCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "REV")
    int revision;

    ResolveConflictCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        library.history().resolveConflict(library.articles().resolve(id), revision);
        out().println("Conflict revision " + revision + " marked as resolved.");
        return ExitCodes.OK;
    }
}
