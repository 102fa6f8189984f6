package org.newsdesk.service;

/** Hears how far a sync or a join got (a progress bar); called on the syncing thread. */
public interface SyncProgress {
    SyncProgress NONE = new SyncProgress() {
    };

    /** {@code done} of {@code total} local changes sent, inside the server transaction (not yet committed). */
    default void pushed(int done, int total) {
    }

    /** The server committed the push; this side is about to record that. */
    default void serverCommitted() {
    }

    /** {@code done} of {@code total} articles pulled and stored here (committed on both sides). */
    default void pulled(int done, int total) {
    }
}
