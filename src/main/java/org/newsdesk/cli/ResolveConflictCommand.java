package org.newsdesk.cli;

import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "resolve-conflict", mixinStandardHelpOptions = true,
        description = {"Mark a conflict revision (incoming text a review import could not merge) as settled,"
                + " keeping the current text. To take the incoming text instead, use restore ID REV."})
final class ResolveConflictCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Article id (or a unique prefix of it).")
    String id;

    @Parameters(index = "1", paramLabel = "REV", description = "The conflict revision's number (see history).")
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
