package org.newsdesk.cli;

import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "unlink", mixinStandardHelpOptions = true,
        description = {"Take an article out of its translation set; the other members stay linked."})
final class UnlinkCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Article id (or a unique prefix of it).")
    String id;

    UnlinkCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        library.translations().unlink(library.articles().resolve(id));
        return ExitCodes.OK;
    }
}
