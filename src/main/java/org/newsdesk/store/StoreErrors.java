package org.newsdesk.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.NewsdeskException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's error codes into one sentence a user can act on. */
final class StoreErrors {
    private final Path file;

    StoreErrors(Path file) {
        this.file = file;
    }

    ReadOnlyLibraryException readOnly() {
        return new ReadOnlyLibraryException(Message.of("error.library.readOnly", file.toString()));
    }

    NewsdeskException translate(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() : code.code & 0xff;
        return switch (primary) {
            case 8 -> readOnly(); // SQLITE_READONLY
            case 13 -> new StorageFullException(Message.of("error.library.diskFull", file.toString()), e);
            case 5, 6 -> new NewsdeskException(Message.of("error.library.busy", file.toString()), e); // BUSY, LOCKED
            case 11, 26 -> new BadInputException(Message.of("error.library.damagedUnreadable", file.toString()), e);
            case 10, 14 -> new NewsdeskException(Message.of("error.library.ioError", file.toString(),
                    String.valueOf(e.getMessage())), e); // IOERR, CANTOPEN
            default -> new NewsdeskException(Message.of("error.library.other", file.toString(),
                    String.valueOf(e.getMessage())), e); // SQLite's own words
        };
    }
}
