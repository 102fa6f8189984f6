package org.newsdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.NewsdeskException;

/** What replacing a library file needs to know from SQLite: whether anybody else has it open. */
public final class LibraryFiles {
    private LibraryFiles() {
    }

    /**
     * Refuses when another connection (a window, a command) has {@code library} open: leaving write-ahead logging
     * needs the file to itself, so it succeeds only for a library nobody uses, which then needs no -wal file to be
     * complete either.
     */
    public static void requireUnused(Path library) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 0");
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = DELETE")) {
                if (!rs.next() || !"delete".equalsIgnoreCase(rs.getString(1))) {
                    throw inUse(library);
                }
            }
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xff;
            if (code == 5 || code == 6) { // BUSY, LOCKED
                throw inUse(library);
            }
            throw new StoreErrors(library).translate(e);
        }
    }

    private static NewsdeskException inUse(Path library) {
        return new ConflictException(Message.of("error.library.inUse", library.toString()));
    }
}
