package org.newsdesk.cli;

import org.newsdesk.model.ArticleDiff;
import org.newsdesk.model.RevisionRef;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "REV_A")
    String from;

    @Parameters(index = "2", paramLabel = "REV_B")
    String to;

    @Option(names = "--json")
    boolean json;

    DiffCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        ArticleDiff diff = library.diffs().diff(library.articles().resolve(id), RevisionRef.parse(from),
                RevisionRef.parse(to));
        if (json) {
            out().println(library.json().writePretty(diff));
        } else {
            new DiffPrinter(out()).print(diff);
        }
        return ExitCodes.OK;
    }
}
