package org.newsdesk.cli;

import java.util.List;
import org.newsdesk.i18n.Message;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand extends LibraryCommand {

    @Option(names = "--gc")
    boolean collectGarbage;

    CheckCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        List<Message> problems = library.check();
        if (!problems.isEmpty()) {
            problems.forEach(p -> err().println(env().messages().text(p)));
            if (collectGarbage) {
                err().println(env().messages().get("error.check.noPicturesRemoved"));
            }
            return ExitCodes.BAD_INPUT;
        }
        out().println("OK: " + library.file() + " is sound (" + library.articles().count() + " articles).");
        if (collectGarbage) {
            out().println(library.images().collectGarbage().summary());
        }
        return ExitCodes.OK;
    }
}
