package org.newsdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand extends LibraryCommand {
    @Option(names = "--headline", required = true, paramLabel = "TEXT")
    String headline;

    @Option(names = "--lang", paramLabel = "L", defaultValue = "en")
    String lang;

    @Option(names = "--tag", paramLabel = "T")
    List<String> tags = new ArrayList<>();

    @Option(names = "--body-file", paramLabel = "F")
    Path bodyFile;

    @Option(names = "--standfirst", paramLabel = "TEXT")
    String standfirst;

    @Option(names = "--dateline", paramLabel = "PLACE")
    String dateline;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    LocalDate date;

    @Option(names = "--byline", paramLabel = "TEXT")
    String byline;

    NewCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        Article draft = Article.draft(headline, Language.of(lang), env().clock().instant())
                .withTags(tags).withStandfirst(standfirst).withDateline(dateline).withDate(date).withByline(byline);
        if (bodyFile != null) {
            draft = draft.withBody(library.imports().readBody(bodyFile));
        }
        Article stored = library.articles().create(draft);
        out().println(stored.id());
        return ExitCodes.OK;
    }
}
