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
    @picocli.CommandLine.Option(names = "--pictures", description = "Also fetch every picture still on the team"
            + " server (a library whose pictures come on demand), e.g. before going offline.")
    boolean pictures;

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
        if (pictures) {
            int fetched = library.teamPictures().fetchAll(password, SyncProgress.NONE);
            out().println("fetched " + fetched + " picture(s); " + library.teamPictures().missing().size()
                    + " still on the server");
        }
        return ExitCodes.OK;
    }
}
