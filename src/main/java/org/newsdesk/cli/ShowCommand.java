package org.newsdesk.cli;

import org.newsdesk.model.Article;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true)
final class ShowCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--json")
    boolean json;

    ShowCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        Article article = library.articles().get(library.articles().resolve(id));
        new ArticlePrinter(out(), library.json()).article(article, json);
        return ExitCodes.OK;
    }
}
