package org.newsdesk.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.ChecklistItem;
import org.newsdesk.model.ChecklistResult;
import org.newsdesk.model.ChecklistRule;
import org.newsdesk.model.ChecklistSettings;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "checklist", mixinStandardHelpOptions = true)
final class ChecklistCommand extends LibraryCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ID")
    String id;

    @Option(names = "--enable", paramLabel = "RULE")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE")
    List<String> disable = new ArrayList<>();

    @Option(names = "--json")
    boolean json;

    ChecklistCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        for (String rule : enable) {
            library.checklist().setEnabled(ChecklistRule.parse(rule), true);
        }
        for (String rule : disable) {
            library.checklist().setEnabled(ChecklistRule.parse(rule), false);
        }
        if (id == null) {
            printSettings(library.checklist().settings());
            return ExitCodes.OK;
        }
        ChecklistResult result = library.checklist().check(library.articles().resolve(id));
        if (json) {
            out().println(library.json().writePretty(new JsonResult(result.passed(), result.items())));
            return ExitCodes.OK;
        }
        for (ChecklistItem item : result.items()) {
            String mark = switch (item.outcome()) {
                case PASSED -> "[x]";
                case FAILED -> "[ ]";
                case OFF -> "[-]";
            };
            out().println(mark + " " + item.rule().description()
                    + (item.failed() ? ": " + item.problem() : item.outcome() == ChecklistItem.Outcome.OFF ? " (off)" : ""));
        }
        out().println(result.passed() ? "The checklist passes." : "The checklist fails.");
        return ExitCodes.OK;
    }

    private record JsonResult(boolean passed, List<ChecklistItem> items) {
    }

    private void printSettings(ChecklistSettings settings) {
        for (ChecklistRule rule : ChecklistRule.values()) {
            out().printf("%-20s %s  %s%n", rule.key(), settings.isEnabled(rule) ? "on " : "off", rule.description());
        }
    }
}
