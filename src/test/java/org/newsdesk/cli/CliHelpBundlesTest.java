package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.i18n.BundleFile;
import org.newsdesk.i18n.Typography;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.service.AppDirectories;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help bundles ({@code cli-help{,_fr,_ar}.properties}) against the command tree itself, walked from the root:
 * every command, subcommand, option and positional parameter finds its description in the bundle, no key is left
 * over, French and Arabic have every key the English has, none is empty, and the punctuation is the language's.
 */
class CliHelpBundlesTest {
    private static final List<String> HEADINGS = List.of("usage.synopsisHeading", "usage.parameterListHeading",
            "usage.optionListHeading", "usage.commandListHeading");

    @TempDir
    Path dir;

    /** The bundle as picocli reads it, remembering every key picocli took a value for. */
    private static final class RecordingBundle extends ResourceBundle {
        private final ResourceBundle bundle;
        final Set<String> read = new TreeSet<>();

        RecordingBundle(ResourceBundle bundle) {
            this.bundle = bundle;
        }

        @Override
        protected Object handleGetObject(String key) {
            if (!bundle.containsKey(key)) {
                return null;
            }
            read.add(key);
            return bundle.getObject(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return bundle.getKeys();
        }

        /** The keys {@code lookUp} made picocli read, and the text it gave. */
        List<String> keysOf(Supplier<String[]> lookUp) {
            read.clear();
            String text = String.join(" ", lookUp.get());
            List<String> keys = new ArrayList<>(read);
            return text.isBlank() ? List.of() : keys;
        }
    }

    private CommandLine tree(UiLanguage language, RecordingBundle bundle) {
        CliEnvironment env = new CliEnvironment(new AppDirectories(dir, dir), Clock.systemUTC(),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), dir)
                .speaking(language);
        CommandLine cli = new NewsdeskCli(env).commandLine(env);
        cli.setResourceBundle(bundle);
        return cli;
    }

    private static void walk(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> walk(sub, all));
    }

    private static String name(CommandSpec command, ArgSpec arg) {
        return command.qualifiedName() + " " + (arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar"})
    void everyCommandOptionAndParameterIsDescribedByTheBundleAndEveryKeyIsUsed(String code) {
        UiLanguage language = UiLanguage.parse(code).orElseThrow();
        RecordingBundle bundle = new RecordingBundle(HelpBundle.in(language));
        List<CommandLine> commands = new ArrayList<>();
        walk(tree(language, bundle), commands);
        assertThat(commands).hasSizeGreaterThan(40); // the walk reached the sub-subcommands

        List<String> undescribed = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (CommandLine command : commands) {
            CommandSpec spec = command.getCommandSpec();
            List<String> keys = bundle.keysOf(() -> spec.usageMessage().description());
            if (keys.isEmpty()) {
                undescribed.add(spec.qualifiedName() + " (its description)");
            }
            used.addAll(keys);
            used.addAll(bundle.keysOf(() -> spec.usageMessage().header()));
            for (String heading : HEADINGS) {
                used.addAll(bundle.keysOf(() -> new String[] {headingOf(spec, heading)}));
            }
            for (ArgSpec arg : spec.args()) {
                List<String> argKeys = bundle.keysOf(arg::description);
                if (argKeys.isEmpty()) {
                    undescribed.add(name(spec, arg));
                }
                used.addAll(argKeys);
            }
        }
        assertThat(undescribed).as("described by no key of the help bundle").isEmpty();
        Set<String> unused = new TreeSet<>(Collections.list(bundle.getKeys()));
        unused.removeAll(used);
        assertThat(unused).as("keys nothing looks up").isEmpty();
    }

    private static String headingOf(CommandSpec spec, String key) {
        return switch (key) {
            case "usage.synopsisHeading" -> spec.usageMessage().synopsisHeading();
            case "usage.parameterListHeading" -> spec.usageMessage().parameterListHeading();
            case "usage.optionListHeading" -> spec.usageMessage().optionListHeading();
            default -> spec.usageMessage().commandListHeading();
        };
    }

    /** The file of one language alone, without the English it falls back to. */
    static Map<String, String> load(String suffix) throws IOException {
        return BundleFile.read("/org/newsdesk/i18n/cli-help" + suffix + ".properties");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_ar"})
    void frenchAndArabicHaveEveryKeyOfTheEnglishAndNoOther(String suffix) throws IOException {
        assertThat(load(suffix).keySet()).containsExactlyElementsOf(load("").keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_ar"})
    void noValueIsEmptyAndNoKeyIsGivenTwice(String suffix) throws IOException {
        load(suffix).forEach((k, v) -> assertThat(v).as(suffix + " " + k).isNotBlank());
        assertThat(BundleFile.keysAsWritten("/org/newsdesk/i18n/cli-help" + suffix + ".properties"))
                .doesNotHaveDuplicates(); // reading keeps the last: one command would show another's words
    }

    /** A translation left in English is a missing translation, whatever the key set says. */
    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_ar"})
    void sentencesAreTranslated(String suffix) throws IOException {
        Map<String, String> english = load("");
        List<String> same = new ArrayList<>();
        load(suffix).forEach((k, v) -> {
            if (v.equals(english.get(k)) && v.matches(".*\\b[a-z]+ [a-z]+ [a-z]+\\b.*")) {
                same.add(k); // three English words in a row: a sentence, not a list of names or a URL
            }
        });
        assertThat(same).isEmpty();
    }

    /** Quoted and braced text is what the user types or the command prints: it keeps its own punctuation. */
    private static String prose(String value) {
        return value.replaceAll("\"[^\"]*\"|\\{[^}]*}", "");
    }

    @Test
    void frenchPutsANoBreakSpaceBeforeDoublePunctuation() throws IOException {
        List<String> problems = new ArrayList<>();
        load("_fr").forEach((k, v) -> {
            String text = prose(v);
            if (Typography.frenchMisses(text) || text.matches("(?s).*[^\\s\\u00A0\\u202F]:\\s.*")) {
                problems.add(k + ": " + v);
            }
            if (v.contains("\u2019")) { // picocli wraps where the JDK's line BreakIterator may: after ’ ("d’" / "abord")
                problems.add(k + " (’ rather than '): " + v);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void arabicUsesArabicPunctuation() throws IOException {
        List<String> problems = new ArrayList<>();
        load("_ar").forEach((k, v) -> {
            if (Typography.arabicMisses(prose(v))) {
                problems.add(k + ": " + v);
            }
        });
        assertThat(problems).isEmpty();
    }
}
