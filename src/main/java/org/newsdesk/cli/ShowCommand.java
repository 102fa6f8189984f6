package org.newsdesk.cli;

import org.newsdesk.model.Article;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one article.")
final class ShowCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Article id (or a unique prefix of it).")
    String id;

    @Option(names = "--json", description = "Print the article as JSON.")
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
