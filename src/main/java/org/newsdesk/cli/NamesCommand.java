package org.newsdesk.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.AgreedName;
import org.newsdesk.model.Language;
import org.newsdesk.model.NameKind;
import org.newsdesk.model.NameSpelling;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "names", mixinStandardHelpOptions = true,
        subcommands = {NamesCommand.Add.class, NamesCommand.ListNames.class, NamesCommand.Check.class,
                NamesCommand.Remove.class})
final class NamesCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    LibraryOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final CliEnvironment env;

    NamesCommand(CliEnvironment env) {
        this.env = env;
    }

    /** Without a subcommand: say which there are, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println(env.messages().get("cli.sayWhatToDo",
                String.join(", ", spec.subcommands().keySet())));
        return ExitCodes.USAGE;
    }

    abstract static class Sub extends LibraryCommand {
        @ParentCommand
        NamesCommand parent;

        Sub(CliEnvironment env) {
            super(env);
        }

        @Override
        LibraryOptions parentOptions() {
            return parent == null ? null : parent.options;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--lang", required = true, paramLabel = "L")
        String lang;

        @Option(names = "--variant", paramLabel = "V")
        List<String> variants = new ArrayList<>();

        @Option(names = "--kind", paramLabel = "KIND", defaultValue = "person")
        String kind;

        @Option(names = "--same-as", paramLabel = "AGREED")
        String sameAs;

        Add(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(Library library) {
            AgreedName added = library.names().add(new NameSpelling(Language.of(lang).primary(), name, variants),
                    NameKind.parse(kind), sameAs);
            out().println(describe(added));
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class Remove extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        Remove(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(Library library) {
            library.names().remove(name);
            out().println("Removed \u201C" + name.strip() + "\u201D.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListNames extends Sub {
        @Option(names = "--json")
        boolean json;

        ListNames(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(Library library) {
            List<AgreedName> names = library.names().list();
            if (json) {
                out().println(library.json().writePretty(names.stream().map(JsonName::of).toList()));
            } else {
                names.forEach(n -> out().println(describe(n)));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true)
    static final class Check extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--json")
        boolean json;

        Check(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(Library library) {
            var problems = library.names().check(library.articles().resolve(id));
            new MistakePrinter(out(), library.json()).print(problems, json, "Every name is written as agreed.");
            return ExitCodes.OK;
        }
    }

    /** One agreed name in `names list --json`. */
    record JsonName(long id, String kind, List<NameSpelling> spellings) {
        static JsonName of(AgreedName n) {
            return new JsonName(n.id(), n.kind().key(), n.spellings());
        }
    }

    static String describe(AgreedName n) {
        StringBuilder sb = new StringBuilder(n.kind().key());
        for (NameSpelling s : n.spellings()) {
            sb.append("\t").append(s.language()).append(": ").append(s.name());
            if (!s.variants().isEmpty()) {
                sb.append(" (not: ").append(String.join(", ", s.variants())).append(")");
            }
        }
        return sb.toString();
    }
}
