package org.newsdesk.cli;

import java.util.List;
import java.util.UUID;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link articles into the first one's translation set (one article per language).",
                "The others count as translations of the first, block by block in order, up to date as they are now.",
                "A language the set already has, or an article already in another set, exits with 3 and links nothing."})
final class LinkCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The source article (id or a unique prefix).")
    String id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "OTHER_ID", description = "Articles to link to it.")
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
