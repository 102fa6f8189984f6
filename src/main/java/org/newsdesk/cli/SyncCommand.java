package org.newsdesk.cli;

import org.newsdesk.model.SyncResult;
import org.newsdesk.service.Library;
import org.newsdesk.service.SyncProgress;
import picocli.CommandLine.Command;

@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand extends LibraryCommand {
    @picocli.CommandLine.Option(names = "--pictures")
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
