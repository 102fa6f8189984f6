package org.newsdesk.model;

import org.newsdesk.i18n.Message;
/**
 * Hears how far an upgrade of a library's format has come, so a window can show a progress bar and the command
 * line a progress line. Called on the thread that opens the library, only while an upgrade runs (never for a
 * library already up to date), and not more often than every few hundred rows.
 */
@FunctionalInterface
public interface MigrationProgress {
    /** Nothing to report to. */
    MigrationProgress NONE = (phase, done, total) -> {
    };

    /**
     * @param phase what is being done, one sentence for people ("Rebuilding the search index"), in no language yet
     * @param done  units done in this phase
     * @param total units in this phase; 0 when unknown (show an indeterminate bar)
     */
    void report(Message phase, long done, long total);
}
