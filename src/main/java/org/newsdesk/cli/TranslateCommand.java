package org.newsdesk.cli;

import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "translate", mixinStandardHelpOptions = true,
        description = {"Create the translation of an article into another language and print its id.",
                "The translation joins the article's set with the same date, tags, pictures and byline; headline,"
                        + " standfirst and body are copied block by block as the text to translate.",
                "Translating into the article's own language, or into one the set already has, exits with 3."})
final class TranslateCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Article id (or a unique prefix of it).")
    String id;

    @Option(names = "--to", required = true, paramLabel = "LANG", description = "Target language: fr, ar, en…")
    String to;

    TranslateCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        Language target = Language.of(to);
        Article created = library.translations().translate(library.articles().resolve(id), target);
        out().println(created.id());
        return ExitCodes.OK;
    }
}
