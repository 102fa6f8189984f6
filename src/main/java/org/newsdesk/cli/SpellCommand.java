package org.newsdesk.cli;

import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "spell", mixinStandardHelpOptions = true)
final class SpellCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--json")
    boolean json;

    SpellCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        var mistakes = library.spelling().check(library.articles().resolve(id));
        new MistakePrinter(out(), library.json()).print(mistakes, json, "No spelling mistakes.");
        return ExitCodes.OK;
    }
}
