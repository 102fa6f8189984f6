package org.newsdesk.codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;

/** Reads a whole file that must stay under a size, with one-sentence errors naming it. */
final class BoundedFiles {
    private BoundedFiles() {
    }

    /**
     * @param name        the file as sentences name it ("The file a.json")
     * @param tooLargeKey the sentence for a file over the size: "{0} is too large to be a Newsdesk article file."
     */
    static byte[] read(Path file, long maxBytes, Message name, String tooLargeKey) {
        try {
            if (Files.size(file) > maxBytes) {
                throw new BadInputException(Message.of(tooLargeKey, name));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(Message.of("error.codec.noSuchFile", name), e);
        } catch (IOException e) {
            throw new BadInputException(Message.of("error.codec.unreadable", name, String.valueOf(e.getMessage())), e);
        }
    }
}
