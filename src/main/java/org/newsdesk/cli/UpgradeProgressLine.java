package org.newsdesk.cli;

import java.io.PrintWriter;
import org.newsdesk.i18n.Message;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.MigrationProgress;

/**
 * The progress line a command prints on stderr while it upgrades a library made by an older Newsdesk (stdout stays
 * the command's own output, for scripts). In a terminal one line is redrawn; otherwise a line per tenth, so a log
 * shows it is moving without filling up.
 */
final class UpgradeProgressLine implements MigrationProgress {
    private final PrintWriter err;
    private final boolean terminal;
    private final Messages t;
    private Message phase;
    private int lastStep = -1;

    UpgradeProgressLine(PrintWriter err, boolean terminal, Messages t) {
        this.err = err;
        this.t = t;
        this.terminal = terminal;
    }

    @Override
    public void report(Message phase, long done, long total) {
        if (!phase.equals(this.phase)) {
            if (this.phase != null && terminal) {
                err.println();
            }
            this.phase = phase;
            lastStep = -1;
        }
        int percent = total > 0 ? (int) (100 * done / total) : -1;
        int step = terminal ? percent : percent / 10;
        if (step == lastStep) {
            return;
        }
        lastStep = step;
        String line = total > 0 ? t.get("cli.upgrading.progress", t.text(phase), percent, done, total)
                : t.get("cli.upgrading", t.text(phase));
        if (terminal) {
            err.print("\r" + line);
            if (total > 0 && done >= total) {
                err.println();
                this.phase = null;
            }
        } else {
            err.println(line);
        }
        err.flush();
    }
}
