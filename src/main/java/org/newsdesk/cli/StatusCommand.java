package org.newsdesk.cli;

import org.newsdesk.model.Article;
import org.newsdesk.model.WorkflowAction;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "status", mixinStandardHelpOptions = true)
final class StatusCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "ACTION")
    String action;

    @Option(names = "--note", paramLabel = "TEXT")
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
