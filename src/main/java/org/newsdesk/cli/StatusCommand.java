package org.newsdesk.cli;

import org.newsdesk.model.Article;
import org.newsdesk.model.WorkflowAction;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Take a review step and print the new status.",
                "Press officers submit (and archive their own drafts); editors approve, request-changes (with --note),"
                        + " send-back, publish (approved articles only), archive and reopen.",
                "A refused step exits with 3 and says why."})
final class StatusCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Article id (or a unique prefix of it).")
    String id;

    @Parameters(index = "1", paramLabel = "ACTION",
            description = "submit, approve, request-changes, send-back, publish, archive or reopen.")
    String action;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why: shown on the timeline (required to request changes).")
    String note;

    StatusCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        WorkflowAction step = WorkflowAction.parse(action);
        Article article = library.workflow().transition(library.articles().resolve(id), step, note);
        out().println(article.status().label());
        return ExitCodes.OK;
    }
}
