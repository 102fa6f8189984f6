package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.service.BackupService;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Two restores with one name, told apart by their arguments: {@code restore FILE} puts a backup in the library's
 * place, {@code restore ID REV} makes an old revision of an article current again.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions options;

    @Parameters(arity = "1..2", paramLabel = "FILE | ID REV", descriptionKey = "what")
    List<String> arguments;

    private final CliEnvironment env;

    RestoreCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (arguments.size() == 1) {
            Path library = options.file(env);
            Path kept = new BackupService(env.clock()).restore(Path.of(arguments.get(0)), library);
            env.out().println("Restored " + library + " from " + arguments.get(0) + "."
                    + (kept == null ? "" : " The library it replaced is kept as " + kept + "."));
            return ExitCodes.OK;
        }
        int revision = revisionNumber(arguments.get(1));
        try (Library library = options.open(env)) {
            Article restored = library.history().restore(library.articles().resolve(arguments.get(0)), revision);
            env.out().println("Restored revision " + revision + " of " + restored.id() + " as version "
                    + restored.version() + ".");
        }
        return ExitCodes.OK;
    }

    private static int revisionNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new org.newsdesk.model.BadInputException(Message.of("error.cli.notARevisionNumber", text));
        }
    }
}
