package org.newsdesk.cli;

import java.io.PrintWriter;
import org.newsdesk.service.ExportProgress;

/**
 * A one-line progress bar on stderr, redrawn in place, for people at a terminal. Off when stderr is not a
 * terminal, so scripts and logs get no control characters.
 */
final class ProgressBar implements ExportProgress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private int lastPercent = -1;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** On when the program runs in a terminal (System.console() is there), off otherwise. */
    static ProgressBar forTerminal(PrintWriter err) {
        return new ProgressBar(err, System.console() != null);
    }

    @Override
    public void report(int done, int total) {
        if (!enabled || total <= 0) {
            return;
        }
        int percent = (int) (100L * done / total);
        if (percent == lastPercent) {
            return; // redraw only when the figure changes: 10,000 steps must not mean 10,000 writes
        }
        lastPercent = percent;
        int filled = WIDTH * percent / 100;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent)
                + "  " + done + "/" + total);
        err.flush();
    }

    /** Ends the bar's line, so what follows starts on a fresh one. */
    void finish() {
        if (lastPercent >= 0) {
            err.println();
            err.flush();
        }
    }
}
