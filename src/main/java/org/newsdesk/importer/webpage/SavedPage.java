package org.newsdesk.importer.webpage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsdesk.importer.TextFiles;
import org.newsdesk.model.BadInputException;

/** A saved page's file as a browser reads it: the character set its bytes or {@code <meta charset>} name. */
final class SavedPage {
    private SavedPage() {
    }

    static Document parse(Path file) {
        byte[] bytes = TextFiles.readBytes(file, TextFiles.MAX_TEXT_BYTES);
        if (bytes.length == 0) {
            throw new BadInputException(file + " is empty.");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0 && !startsWithUtf16Mark(bytes)) {
                throw new BadInputException(file + " is a binary file, not a web page.");
            }
        }
        try {
            // no base address: every address stays as the page wrote it, so saved pictures are found beside it
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + " is not a readable web page (" + e.getMessage() + ").", e);
        }
    }

    private static boolean startsWithUtf16Mark(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }
}
