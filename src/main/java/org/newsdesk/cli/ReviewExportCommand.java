package org.newsdesk.cli;

import java.nio.file.Path;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review-export", mixinStandardHelpOptions = true)
final class ReviewExportCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--out", required = true, paramLabel = "FILE")
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
