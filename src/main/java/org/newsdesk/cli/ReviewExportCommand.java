package org.newsdesk.cli;

import java.nio.file.Path;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review-export", mixinStandardHelpOptions = true,
        description = {"Send for review by file: write one JSON review package with the article, its revisions,"
                + " comments and review timeline.", "The other side imports it with review-import and sends theirs back."})
final class ReviewExportCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Article id (or a unique prefix of it).")
    String id;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The package file to write.")
    Path out;

    ReviewExportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        out().println(library.reviews().exportPackage(library.articles().resolve(id), out));
        return ExitCodes.OK;
    }
}
