package org.newsdesk.cli;

import org.newsdesk.service.Library;
import org.newsdesk.service.SettingsService.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "config", mixinStandardHelpOptions = true)
final class ConfigCommand extends LibraryCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE")
    String value;

    ConfigCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        if (name == null) {
            library.settings().all().forEach(this::print);
            return ExitCodes.OK;
        }
        Setting setting = Setting.parse(name);
        if (value != null) {
            library.settings().set(setting, value);
        }
        print(setting, library.settings().get(setting).orElse(""));
        return ExitCodes.OK;
    }

    private void print(Setting setting, String current) {
        out().println(setting.label() + " = " + (current.isEmpty() ? "(not set)" : current));
    }
}
