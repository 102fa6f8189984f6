package org.newsdesk.cli;

import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "unlink", mixinStandardHelpOptions = true)
final class UnlinkCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
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
