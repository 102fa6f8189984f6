package org.newsdesk.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit", mixinStandardHelpOptions = true)
final class EditCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--headline", paramLabel = "TEXT")
    String headline;

    @Option(names = "--standfirst", paramLabel = "TEXT")
    String standfirst;

    @Option(names = "--dateline", paramLabel = "PLACE")
    String dateline;

    @Option(names = "--byline", paramLabel = "TEXT")
    String byline;

    @Option(names = "--body-file", paramLabel = "F")
    Path bodyFile;

    @Option(names = "--lang", paramLabel = "L")
    String lang;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Option(names = "--embargo", paramLabel = "TIME")
    String embargo;

    @Option(names = "--no-embargo")
    boolean noEmbargo;

    EditCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        Article article = library.articles().get(library.articles().resolve(id));
        if (headline != null) {
            article = article.withHeadline(headline);
        }
        if (standfirst != null) {
            article = article.withStandfirst(standfirst);
        }
        if (dateline != null) {
            article = article.withDateline(dateline);
        }
        if (byline != null) {
            article = article.withByline(byline);
        }
        if (lang != null) {
            article = article.withLanguage(Language.of(lang));
        }
        if (embargo != null && noEmbargo) {
            throw new BadInputException(Message.of("error.cli.embargoBoth"));
        }
        if (embargo != null) {
            article = article.withEmbargo(parseEmbargo(embargo));
        }
        if (noEmbargo) {
            article = article.withEmbargo(null);
        }
        if (bodyFile != null) {
            article = article.withBody(library.imports().readBody(bodyFile));
        }
        Article stored = library.articles().save(article, note);
        out().println(stored.id());
        return ExitCodes.OK;
    }

    /** An embargo needs its offset: "09:00" alone would mean different instants in Paris and Amman. */
    static OffsetDateTime parseEmbargo(String text) {
        try {
            return OffsetDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException(Message.of("error.cli.embargoNoOffset", text));
        }
    }
}
