package org.newsdesk.cli;

import org.newsdesk.model.Article;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish-set", mixinStandardHelpOptions = true)
final class PublishSetCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "ID.ofSet")
    String id;

    @Option(names = "--note", paramLabel = "TEXT")
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
