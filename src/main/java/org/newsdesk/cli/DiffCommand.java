package org.newsdesk.cli;

import org.newsdesk.model.ArticleDiff;
import org.newsdesk.model.RevisionRef;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed between two versions of an article, word by word: metadata first, then"
                + " the body, [-deleted-]{+inserted+}.",
                "A version is a revision number, \"current\" (the text as saved now) or \"submitted\" (the revision at"
                        + " the last submission for review)."})
final class DiffCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Article id (or a unique prefix of it).")
    String id;

    @Parameters(index = "1", paramLabel = "REV_A", description = "The older version.")
    String from;

    @Parameters(index = "2", paramLabel = "REV_B", description = "The newer version.")
    String to;

    @Option(names = "--json", description = "Print the structured diff as JSON.")
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
