package org.newsdesk.cli;

import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "spell", mixinStandardHelpOptions = true,
        description = {"List the spelling mistakes of an article (headline, standfirst, body) in each paragraph's"
                + " language, with names not written as agreed and, if the library switched them on"
                + " (config spelling.grammar on), grammar and style findings.",
                "Each line: where (headline, standfirst, block N counted from 1), the offsets in that text, the word,"
                        + " up to five suggestions. JSON gives block as a 0-based index into the body's blocks."})
final class SpellCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Article id (or a unique prefix of it).")
    String id;

    @Option(names = "--json", description = "Print JSON.")
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
