package org.newsdesk.cli;

import java.nio.file.Path;
import org.newsdesk.model.ReviewImportResult;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review-import", mixinStandardHelpOptions = true)
final class ReviewImportCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--json")
    boolean json;

    ReviewImportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        ReviewImportResult r = library.reviews().importPackage(file);
        if (json) {
            out().println(library.json().writePretty(r));
            return ExitCodes.OK;
        }
        out().println(r.articleId());
        out().println("status: " + r.status().label());
        out().println("text: " + switch (r.text()) {
            case NEW -> "new article";
            case SAME -> "the same on both sides";
            case TAKEN -> "their changes taken";
            case KEPT -> "yours kept (they did not change it)";
            case CONFLICT -> "changed on both sides: theirs is revision " + r.conflictRevision()
                    + " (compare: diff " + r.articleId() + " " + r.conflictRevision() + " current)";
        });
        out().printf("comments: %d new, %d updated; steps: %d new; revisions: %d added%n", r.commentsAdded(),
                r.commentsUpdated(), r.stepsAdded(), r.revisionsAdded());
        return ExitCodes.OK;
    }
}
