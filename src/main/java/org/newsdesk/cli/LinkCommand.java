package org.newsdesk.cli;

import java.util.List;
import java.util.UUID;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "link", mixinStandardHelpOptions = true)
final class LinkCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "OTHER_ID")
    List<String> others;

    LinkCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        UUID source = library.articles().resolve(id);
        List<UUID> ids = others.stream().map(library.articles()::resolve).toList();
        library.translations().link(source, ids);
        return ExitCodes.OK;
    }
}
