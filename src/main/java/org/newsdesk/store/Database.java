package org.newsdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * One open library file and its connection. Every write is one {@code BEGIN IMMEDIATE} transaction, so
 * two processes on the same file take turns (the busy timeout makes the second one wait) instead of
 * failing half-way. Calls are serialised: the GUI's background threads and its autosave share it safely.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    private final StoreErrors errors;

    Database(Path file, Connection connection, boolean readOnly) {
        this.file = Objects.requireNonNull(file);
        this.connection = StatementCache.wrap(Objects.requireNonNull(connection));
        this.readOnly = readOnly;
        this.errors = new StoreErrors(file);
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Runs {@code work} in one write transaction: all of it is stored, or none of it. */
    public synchronized <T> T write(SqlWork<T> work) {
        if (readOnly) {
            throw errors.readOnly();
        }
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
            }
            try {
                T result = work.run(connection);
                try (Statement st = connection.createStatement()) {
                    st.execute("COMMIT");
                }
                return result;
            } catch (Throwable t) {
                rollbackQuietly();
                throw t;
            }
        } catch (SQLException e) {
            throw errors.translate(e);
        }
    }

    /**
     * Whether a commit waits until the disk has the data ({@code synchronous = NORMAL}, the default) or not ({@code
     * OFF}): only for copying into a new library that can simply be made again if the computer loses power meanwhile
     * (a team library's first join). A crash of Newsdesk itself loses nothing either way. Turning it back on
     * checkpoints, so the copy is on disk when this returns.
     */
    public synchronized void setFlushOnCommit(boolean flush) {
        if (readOnly) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA synchronous = " + (flush ? "NORMAL" : "OFF"));
            if (flush) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException e) {
            throw errors.translate(e);
        }
    }

    /** Runs {@code work} in a read transaction: it sees one consistent state of the library. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("BEGIN DEFERRED");
            }
            try {
                return work.run(connection);
            } finally {
                rollbackQuietly(); // a read has nothing to commit; ending it releases the snapshot
            }
        } catch (SQLException e) {
            throw errors.translate(e);
        }
    }

    private void rollbackQuietly() {
        try (Statement st = connection.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction open (SQLite already rolled back after an error): nothing to undo
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw errors.translate(e);
        }
    }
}
