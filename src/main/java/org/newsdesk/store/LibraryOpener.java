package org.newsdesk.store;

import org.newsdesk.i18n.Message;
import org.newsdesk.model.MigrationProgress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.NewsdeskException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens a library file, creating it when it does not exist. Anything that is not a Newsdesk library
 * (a folder, random bytes, a truncated file, another program's database, a library from a newer
 * Newsdesk) is refused with one sentence naming the file, before a single byte of it is written.
 */
public final class LibraryOpener {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 10_000;

    /** Opens (or creates) the library at {@code file}, migrating an older schema. */
    public Database open(Path file) {
        return open(file, MigrationProgress.NONE);
    }

    /**
     * Opens (or creates) the library at {@code file}; an older library is upgraded in place first, telling
     * {@code progress} how far it has come (a large library takes a while; a new or current one reports nothing).
     */
    public Database open(Path file, MigrationProgress progress) {
        Path path = file.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            throw new BadInputException(Message.of("error.library.isFolder", path.toString()));
        }
        boolean exists = Files.exists(path);
        if (exists) {
            inspect(path);
        } else {
            createParent(path);
        }
        boolean readOnly = exists && isReadOnly(path);
        try {
            Connection connection = connect(path, readOnly);
            try {
                int version = Migrations.userVersion(connection);
                if (!readOnly && version < Migrations.latestVersion()) {
                    Migrations.migrate(connection, Migrations.latestVersion(), version == 0 ? MigrationProgress.NONE : progress);
                    if (version > 0) {
                        compactAfterUpgrade(connection, progress);
                    }
                } else if (readOnly && version < Migrations.latestVersion()) {
                    throw new BadInputException(Message.of("error.library.readOnlyNeedsUpgrade", path.toString(),
                            version, Migrations.latestVersion()));
                }
                return new Database(path, connection, readOnly);
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreErrors(path).translate(e);
        }
    }

    static final Message COMPACTING = Message.of("upgrade.phase.compacting");

    /**
     * An upgrade that rewrote the tables leaves their old pages free inside the file; when that is more than a
     * quarter of it, VACUUM gives the space back to the disk (it cannot report progress: the bar goes indeterminate).
     */
    private static void compactAfterUpgrade(Connection connection, MigrationProgress progress) throws SQLException {
        try (Statement st = connection.createStatement()) {
            long free;
            long pages;
            try (var rs = st.executeQuery("PRAGMA freelist_count")) {
                free = rs.getLong(1);
            }
            try (var rs = st.executeQuery("PRAGMA page_count")) {
                pages = rs.getLong(1);
            }
            if (pages > 0 && free * 4 > pages) {
                progress.report(COMPACTING, 0, 0);
                st.execute("VACUUM");
                progress.report(COMPACTING, 1, 1);
            }
        }
    }

    /**
     * Not writable for us, or marked read-only by its owner. The mark is honoured even where we could write
     * anyway (as root), the way a file manager honours it: someone protected this library on purpose.
     */
    private static boolean isReadOnly(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            var view = Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class);
            if (view != null) {
                return !view.readAttributes().permissions().contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            }
            var dos = Files.getFileAttributeView(path, java.nio.file.attribute.DosFileAttributeView.class);
            return dos != null && dos.readAttributes().isReadOnly();
        } catch (IOException e) {
            return true;
        }
    }

    private static Connection connect(Path path, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSharedCache(false);
        config.setGetGeneratedKeys(false); // nothing reads them, and fetching them costs a query per insert
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA temp_store = MEMORY");
            st.execute("PRAGMA cache_size = -32000");
        }
        return connection;
    }

    /** Reads the file's header and schema without writing to it. */
    private static void inspect(Path path) {
        byte[] header = new byte[108];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new BadInputException(Message.of("error.library.cannotRead", path.toString(),
                    String.valueOf(e.getMessage())), e);
        }
        if (read == 0) {
            throw new BadInputException(Message.of("error.library.emptyFile", path.toString()));
        }
        if (read < 100 || !Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
            throw new BadInputException(Message.of("error.library.notSqlite", path.toString()));
        }
        checkNotTruncated(path, header);
        // With a -wal file beside it (another window has the library open) the newest header may be in the
        // WAL, so ask SQLite; otherwise the header bytes are the truth and reading them leaves no trace.
        int[] ids = Files.exists(Path.of(path + "-wal")) ? readIds(path) : headerIds(header);
        int applicationId = ids[0];
        int userVersion = ids[1];
        if (applicationId != Migrations.APPLICATION_ID) {
            if (applicationId == 0 && userVersion == 0 && ids[2] == 0) {
                return; // an empty SQLite file: becomes a library
            }
            throw new BadInputException(Message.of("error.library.foreignSqlite", path.toString()));
        }
        if (userVersion > Migrations.latestVersion()) {
            throw new BadInputException(Message.of("error.library.newerFormat", path.toString(), userVersion,
                    Migrations.latestVersion()));
        }
    }

    private static void checkNotTruncated(Path path, byte[] header) {
        int pageSize = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        if (pageSize == 1) {
            pageSize = 65536;
        }
        long pages = ByteBuffer.wrap(header, 28, 4).getInt() & 0xffffffffL;
        try {
            boolean hasWal = Files.exists(Path.of(path + "-wal"));
            if (pages > 0 && !hasWal && Files.size(path) < pages * pageSize) {
                throw new BadInputException(Message.of("error.library.truncated", path.toString()));
            }
        } catch (IOException e) {
            throw new BadInputException(Message.of("error.library.cannotRead", path.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** application_id, user_version and the number of cells on the schema page, from the file's first bytes. */
    private static int[] headerIds(byte[] header) {
        int schemaCells = header.length >= 105 ? ((header[103] & 0xff) << 8) | (header[104] & 0xff) : 0;
        return new int[] {ByteBuffer.wrap(header, 68, 4).getInt(), ByteBuffer.wrap(header, 60, 4).getInt(), schemaCells};
    }

    /** application_id, user_version and the number of schema objects, read without writing. */
    private static int[] readIds(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
             Statement st = c.createStatement()) {
            int[] ids = new int[3];
            try (var rs = st.executeQuery("PRAGMA application_id")) {
                ids[0] = rs.getInt(1);
            }
            try (var rs = st.executeQuery("PRAGMA user_version")) {
                ids[1] = rs.getInt(1);
            }
            try (var rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                ids[2] = rs.getInt(1);
            }
            return ids;
        } catch (SQLException e) {
            throw new BadInputException(Message.of("error.library.damaged", path.toString()), e);
        }
    }

    private static void createParent(Path path) {
        try {
            Path parent = path.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new NewsdeskException(Message.of("error.library.cannotCreateFolder", path.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }
}
