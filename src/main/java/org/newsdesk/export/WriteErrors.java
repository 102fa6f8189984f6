package org.newsdesk.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.NewsdeskException;

/** Turns a failed write into one sentence a user can act on: which place, what went wrong, nothing left behind. */
public final class WriteErrors {
    private WriteErrors() {
    }

    public static NewsdeskException translate(IOException e, Path destination) {
        String reason = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason().toLowerCase(Locale.ROOT);
        }
        if (reason.contains("no space left") || reason.contains("disk full") || reason.contains("quota")) {
            return new NewsdeskException("The disk is full, so " + destination + " could not be written; nothing was"
                    + " left behind.", e);
        }
        if (e instanceof AccessDeniedException || reason.contains("permission denied")) {
            return new BadInputException("You may not write to " + where(destination) + " (permission denied);"
                    + " nothing was written.", e);
        }
        if (reason.contains("read-only file system")) {
            return new BadInputException(where(destination) + " is on a read-only disk; nothing was written.", e);
        }
        if (e instanceof NoSuchFileException) {
            return new BadInputException("The folder for " + destination + " does not exist; nothing was written.", e);
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new NewsdeskException(destination + " could not be written (" + detail + "); nothing was left behind.", e);
    }

    private static String where(Path destination) {
        Path parent = destination.toAbsolutePath().getParent();
        return parent == null ? destination.toString() : parent.toString();
    }
}
