package org.newsdesk.cli;

import org.newsdesk.model.Article;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish-set", mixinStandardHelpOptions = true,
        description = {"Approve (when in review) and publish every article of a translation set in one step.",
                "Editors only; a member in draft or failing its checklist refuses the whole set (exit 3)."})
final class PublishSetCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Any article of the set (id or a unique prefix).")
    String id;

    @Option(names = "--note", paramLabel = "TEXT", description = "Shown on each article's timeline.")
    String note;

    PublishSetCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        for (Article a : library.translations().approveAndPublishSet(library.articles().resolve(id), note)) {
            out().println(a.language().tag() + "  " + a.id() + "  " + a.status().label());
        }
        return ExitCodes.OK;
    }
}
