package org.newsdesk.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.newsdesk.i18n.Message;
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
            return new NewsdeskException(Message.of("error.export.diskFull", destination.toString()), e);
        }
        if (e instanceof AccessDeniedException || reason.contains("permission denied")) {
            return new BadInputException(Message.of("error.export.permissionDenied", where(destination)), e);
        }
        if (reason.contains("read-only file system")) {
            return new BadInputException(Message.of("error.export.readOnly", where(destination)), e);
        }
        if (e instanceof NoSuchFileException) {
            return new BadInputException(Message.of("error.export.noFolderNothingWritten", destination.toString()), e);
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new NewsdeskException(Message.of("error.export.notWritten", destination.toString(), detail), e);
    }

    private static String where(Path destination) {
        Path parent = destination.toAbsolutePath().getParent();
        return parent == null ? destination.toString() : parent.toString();
    }
}
