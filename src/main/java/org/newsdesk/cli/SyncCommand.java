package org.newsdesk.cli;

import org.newsdesk.model.SyncResult;
import org.newsdesk.service.Library;
import org.newsdesk.service.SyncProgress;
import picocli.CommandLine.Command;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Push this library's changes to its team library and pull the team's. Prints \"pushed N,"
                + " pulled M, conflicts K\"; exit 2 when the server cannot be reached. Password from PGPASSWORD or"
                + " ~/.pgpass."})
final class SyncCommand extends LibraryCommand {
    SyncCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        var address = library.sync().address().orElse(null);
        String password = address == null ? null : TeamCommand.credentials(env()).find(address).orElse(null);
        SyncResult r = library.sync().sync(password, SyncProgress.NONE);
        out().println(r.summary());
        r.refused().forEach(why -> out().println("refused: " + env().messages().text(why)));
        return ExitCodes.OK;
    }
}
