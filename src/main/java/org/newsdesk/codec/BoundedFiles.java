package org.newsdesk.codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.newsdesk.model.BadInputException;

/** Reads a whole file that must stay under a size, with one-sentence errors naming it. */
final class BoundedFiles {
    private BoundedFiles() {
    }

    /** @param what what the file should be, for the message: "a Newsdesk article file" */
    static byte[] read(Path file, long maxBytes, String what) {
        String name = "The file " + file;
        try {
            if (Files.size(file) > maxBytes) {
                throw new BadInputException(name + " is too large to be " + what + ".");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + " does not exist.", e);
        } catch (IOException e) {
            throw new BadInputException(name + " cannot be read: " + e.getMessage() + ".", e);
        }
    }
}
