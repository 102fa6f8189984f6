package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.CancellationException;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.NewsdeskException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The command line: {@code newsdesk COMMAND [OPTIONS]}. Errors are one sentence on stderr. */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, versionProvider = NewsdeskCli.Versions.class,
        subcommands = {NewCommand.class, ImportCommand.class, ListCommand.class, ShowCommand.class,
                EditCommand.class, SearchCommand.class, TagCommand.class, StatusCommand.class, HistoryCommand.class,
                DiffCommand.class, CommentCommand.class, ChecklistCommand.class, RestoreCommand.class,
                ResolveConflictCommand.class, ReviewExportCommand.class, ReviewImportCommand.class,
                ExportCommand.class, VerifyCommand.class, ConfigCommand.class, CheckCommand.class, BackupCommand.class,
                TeamCommand.class, SyncCommand.class, TranslateCommand.class, TranslationsCommand.class,
                LinkCommand.class, UnlinkCommand.class, PublishSetCommand.class, SpellCommand.class,
                DictionaryCommand.class, NamesCommand.class, CommandLine.HelpCommand.class})
public final class NewsdeskCli {
    @Option(names = "--ui-language", paramLabel = "LANG", scope = ScopeType.INHERIT, converter = KnownLanguage.class)
    UiLanguage uiLanguage; // read before parsing (see spokenIn), so even a usage error is said in it

    private final CliEnvironment env;

    public NewsdeskCli(CliEnvironment env) {
        this.env = env;
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        CliEnvironment env = spokenIn(args);
        Messages t = env.messages();
        CommandLine cli = commandLine(env);
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(t.text(UsageErrors.sentence(ex)));
            err.println(t.get("cli.tryHelp", ex.getCommandLine().getCommandSpec().qualifiedName()));
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = commandLine.getCommand() instanceof LibraryCommand lc && lc.verbose()
                    || commandLine.getCommand() instanceof RestoreCommand rc && rc.options.verbose;
            PrintWriter err = commandLine.getErr();
            err.println(message(ex, t));
            if (verbose) {
                ex.printStackTrace(err);
            }
            return exitCode(ex);
        });
        try {
            return cli.execute(args);
        } finally {
            env.out().flush();
            env.err().flush();
        }
    }

    /** The command tree writing to the environment's streams, its usage help in the environment's language. */
    CommandLine commandLine(CliEnvironment env) {
        CommandLine cli = new CommandLine(this, new CommandFactory(env));
        cli.setOut(env.out());
        cli.setErr(env.err());
        // last, so that every subcommand and sub-subcommand reads its help from it
        cli.setResourceBundle(HelpBundle.in(env.messages().language()));
        return cli;
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof ConflictException) {
            return ExitCodes.CONFLICT;
        }
        if (ex instanceof BadInputException) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.FAILURE;
    }

    static String message(Throwable ex, Messages t) {
        if (ex instanceof NewsdeskException e) {
            return t.text(e.sentence());
        }
        if (ex instanceof CancellationException) {
            return t.get("export.cancelled"); // Ctrl+C stops an export, the only work a command can cancel
        }
        return t.get("cli.unexpected", String.valueOf(ex));
    }

    /** The environment speaking the language of {@code --ui-language} when the line gives a known one. */
    private CliEnvironment spokenIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--ui-language=") ? args[i].substring("--ui-language=".length())
                    : args[i].equals("--ui-language") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return UiLanguage.parse(value).map(env::speaking).orElse(env);
            }
        }
        return env;
    }

    /** {@code newsdesk --version}: the versions Help › About shows. */
    static final class Versions implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return org.newsdesk.service.AppVersions.current().lines().toArray(String[]::new);
        }
    }

    /** Refuses a language Newsdesk does not speak, as a usage error. */
    static final class KnownLanguage implements CommandLine.ITypeConverter<UiLanguage> {
        @Override
        public UiLanguage convert(String value) {
            return UiLanguage.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not en, fr or ar"));
        }
    }

    /** Gives every command the environment through its constructor. */
    private record CommandFactory(CliEnvironment env) implements IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(CliEnvironment.class).newInstance(env);
            } catch (NoSuchMethodException noEnvironmentNeeded) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
