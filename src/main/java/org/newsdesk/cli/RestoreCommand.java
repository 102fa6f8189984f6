package org.newsdesk.cli;

import org.newsdesk.model.Article;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Make an old revision's content the current content, as a new revision (history is kept).")
final class RestoreCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Article id (or a unique prefix of it).")
    String id;

    @Parameters(index = "1", paramLabel = "REV", description = "The revision number to bring back.")
    int revision;

    RestoreCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        Article restored = library.history().restore(library.articles().resolve(id), revision);
        out().println("Restored revision " + revision + " of " + restored.id() + " as version " + restored.version() + ".");
        return ExitCodes.OK;
    }
}
