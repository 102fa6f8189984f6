package org.newsdesk.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Article;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tag", mixinStandardHelpOptions = true)
final class TagCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--add", paramLabel = "T")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "T")
    List<String> remove = new ArrayList<>();

    TagCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        Article article = library.articles().tag(library.articles().resolve(id), add, remove);
        out().println(String.join(", ", article.tags()));
        return ExitCodes.OK;
    }
}
