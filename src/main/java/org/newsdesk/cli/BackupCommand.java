package org.newsdesk.cli;

import java.nio.file.Path;
import org.newsdesk.service.BackupService;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand extends LibraryCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    BackupCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        ProgressBar bar = ProgressBar.forTerminal(err());
        BackupService.Backup made = new BackupService(env().clock()).backup(library.file(), out,
                fraction -> bar.report((int) Math.round(fraction * 100), 100));
        bar.finish();
        out().println("Backed up " + made.articles() + " articles to " + made.file() + " ("
                + Sizes.describe(made.bytes()) + ").");
        return ExitCodes.OK;
    }
}
