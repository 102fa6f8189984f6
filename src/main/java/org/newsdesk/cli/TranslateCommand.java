package org.newsdesk.cli;

import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "translate", mixinStandardHelpOptions = true)
final class TranslateCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--to", required = true, paramLabel = "LANG")
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
