package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.NewsdeskException;

/** Root may write anywhere and this disk is not full, so the translation is tested on the exceptions themselves. */
class WriteErrorsTest {
    private final Path destination = Path.of("/exports/week-12/bundle.zip");

    @Test
    void aFullDiskSaysSo() {
        NewsdeskException e = WriteErrors.translate(
                new FileSystemException("/exports/week-12/.bundle.zip.1a2b.part", null, "No space left on device"), destination);
        assertThat(e).isNotInstanceOf(BadInputException.class);
        assertThat(e.getMessage()).isEqualTo("The disk is full, so " + destination + " could not be written;"
                + " nothing was left behind.");
    }

    @Test
    void noPermissionNamesTheFolder() {
        NewsdeskException e = WriteErrors.translate(new AccessDeniedException("/exports/week-12/x.part"), destination);
        assertThat(e).isInstanceOf(BadInputException.class);
        assertThat(e.getMessage()).isEqualTo("You may not write to /exports/week-12 (permission denied); nothing was written.");
    }

    @Test
    void otherFailuresAreStillOneSentence() {
        assertThat(WriteErrors.translate(new NoSuchFileException("/exports/week-12"), destination).getMessage())
                .isEqualTo("The folder for " + destination + " does not exist; nothing was written.");
        assertThat(WriteErrors.translate(new IOException("Input/output error"), destination).getMessage())
                .isEqualTo(destination + " could not be written (Input/output error); nothing was left behind.");
    }
}
