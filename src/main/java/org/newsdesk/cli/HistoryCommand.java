package org.newsdesk.cli;

import org.newsdesk.model.ArticleHistory;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.StatusChange;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "history", mixinStandardHelpOptions = true)
final class HistoryCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--json")
    boolean json;

    HistoryCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        ArticleHistory history = library.history().history(library.articles().resolve(id));
        if (json) {
            out().println(library.json().writePretty(history));
            return ExitCodes.OK;
        }
        out().println("Revisions");
        for (RevisionInfo r : history.revisions()) {
            out().printf("  %3d  %s  %-20s  %-17s  %s%s%n", r.number(), Times.show(r.createdAt()), r.author(),
                    r.status().label(), r.note(), r.conflict() == null ? ""
                            : "  [conflict, " + r.conflict().name().toLowerCase(java.util.Locale.ROOT) + "]");
        }
        out().println();
        out().println("Timeline");
        for (StatusChange s : history.statusChanges()) {
            String step = s.from() == null ? "created as " + s.to().label() : s.from().label() + " -> " + s.to().label();
            out().printf("  %s  %-20s  %s%s%s%n", Times.show(s.at()), s.author(), step,
                    s.revision() > 0 ? " (revision " + s.revision() + ")" : "",
                    s.note().isEmpty() ? "" : ": " + s.note());
        }
        return ExitCodes.OK;
    }
}
