package org.newsdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.NewsdeskException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * A consistent copy of a library file while it is open and being written to: {@code VACUUM INTO} on a read-only
 * connection of its own, which reads one snapshot (WAL lets the writers go on) and writes it compacted. The
 * copy's progress is its size against the source's, read while it grows.
 */
public final class LibraryCopy {
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private LibraryCopy() {
    }

    /** Writes the copy to {@code destination}, which must not exist yet; {@code progress} gets 0…1. */
    public static void copy(Path library, Path destination, DoubleConsumer progress) {
        StoreErrors errors = new StoreErrors(library);
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsdesk-backup-progress");
            t.setDaemon(true);
            return t;
        });
        try (Connection c = connect(library); Statement st = c.createStatement()) {
            long expected = Math.max(1, pragma(st, "page_count") * pragma(st, "page_size"));
            watcher.scheduleAtFixedRate(() -> progress.accept(Math.min(0.99, size(destination) / (double) expected)),
                    100, 100, TimeUnit.MILLISECONDS);
            st.execute("VACUUM INTO '" + destination.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            NewsdeskException translated = errors.translate(e);
            if (translated instanceof StorageFullException) {
                throw new StorageFullException(Message.of("error.library.diskFullNoBackup", destination.toString()), e);
            }
            throw translated;
        } finally {
            watcher.shutdownNow();
        }
        progress.accept(1.0);
    }

    private static Connection connect(Path library) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return DriverManager.getConnection("jdbc:sqlite:" + library, config.toProperties());
    }

    private static long pragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
