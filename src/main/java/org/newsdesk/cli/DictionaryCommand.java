package org.newsdesk.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.DictionaryWord;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "dictionary", mixinStandardHelpOptions = true,
        subcommands = {DictionaryCommand.Add.class, DictionaryCommand.ListWords.class, DictionaryCommand.Remove.class})
final class DictionaryCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    LibraryOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final CliEnvironment env;

    DictionaryCommand(CliEnvironment env) {
        this.env = env;
    }

    /** Without a subcommand: say which there are, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println(env.messages().get("cli.sayWhatToDo",
                String.join(", ", spec.subcommands().keySet())));
        return ExitCodes.USAGE;
    }

    /** What add and remove share: the words, their language, the library named before the subcommand. */
    abstract static class WordsOfALanguage extends LibraryCommand {
        @ParentCommand
        DictionaryCommand parent;

        @Parameters(arity = "1..*", paramLabel = "WORD")
        List<String> words = new ArrayList<>();

        @Option(names = "--lang", required = true, paramLabel = "L")
        String lang;

        WordsOfALanguage(CliEnvironment env) {
            super(env);
        }

        @Override
        LibraryOptions parentOptions() {
            return parent == null ? null : parent.options;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends WordsOfALanguage {
        Add(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(Library library) {
            Language language = Language.of(lang);
            int added = library.spelling().addWords(words, language);
            out().println("Added " + added + (added == 1 ? " word" : " words") + " to the " + language.primary()
                    + " dictionary" + (added < words.size() ? " (" + (words.size() - added) + " already there)." : "."));
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class Remove extends WordsOfALanguage {
        Remove(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(Library library) {
            Language language = Language.of(lang);
            int removed = library.spelling().removeWords(words, language);
            out().println("Removed " + removed + (removed == 1 ? " word" : " words") + " from the "
                    + language.primary() + " dictionary" + (removed < words.size()
                    ? " (" + (words.size() - removed) + " not in it)." : "."));
            return removed == 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListWords extends LibraryCommand {
        @ParentCommand
        DictionaryCommand parent;

        @Option(names = "--lang", paramLabel = "L")
        String lang;

        @Option(names = "--json")
        boolean json;

        ListWords(CliEnvironment env) {
            super(env);
        }

        @Override
        LibraryOptions parentOptions() {
            return parent == null ? null : parent.options;
        }

        @Override
        int run(Library library) {
            String only = lang == null ? null : Language.of(lang).primary();
            List<DictionaryWord> words = library.spelling().dictionary().stream()
                    .filter(w -> only == null || w.language().equals(only)).toList();
            if (json) {
                out().println(library.json().writePretty(words));
            } else {
                words.forEach(w -> out().println(w.language() + "\t" + w.word()));
            }
            return ExitCodes.OK;
        }
    }
}
