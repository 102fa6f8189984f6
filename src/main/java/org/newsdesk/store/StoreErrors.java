package org.newsdesk.store;

import java.nio.file.Path;
import java.sql.SQLException;
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
        return new ReadOnlyLibraryException("The library " + file + " is read-only; nothing was changed.");
    }

    NewsdeskException translate(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() : code.code & 0xff;
        return switch (primary) {
            case 8 -> readOnly(); // SQLITE_READONLY
            case 13 -> new StorageFullException("The disk holding " + file + " is full; nothing was changed.", e);
            case 5, 6 -> new NewsdeskException("The library " + file
                    + " is busy in another program; try again in a moment.", e); // BUSY, LOCKED
            case 11, 26 -> new BadInputException("The library " + file + " is damaged and cannot be read.", e);
            case 10, 14 -> new NewsdeskException("The library " + file + " could not be read or written ("
                    + e.getMessage() + ").", e); // IOERR, CANTOPEN
            default -> new NewsdeskException("Library error in " + file + ": " + e.getMessage(), e);
        };
    }
}
