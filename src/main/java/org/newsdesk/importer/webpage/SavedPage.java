package org.newsdesk.importer.webpage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsdesk.i18n.Message;
import org.newsdesk.importer.TextFiles;
import org.newsdesk.model.BadInputException;

/** A saved page's file as a browser reads it: the character set its bytes or {@code <meta charset>} name. */
final class SavedPage {
    private SavedPage() {
    }

    static Document parse(Path file) {
        byte[] bytes = TextFiles.readBytes(file, TextFiles.MAX_TEXT_BYTES);
        if (bytes.length == 0) {
            throw new BadInputException(Message.of("error.import.empty", file.toString()));
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0 && !startsWithUtf16Mark(bytes)) {
                throw new BadInputException(Message.of("error.import.binaryNotPage", file.toString()));
            }
        }
        try {
            // Bytes that are valid UTF-8 are UTF-8, whatever an old <meta charset> says (browsers save pages as
            // UTF-8 and often keep the original tag); others are read in the charset the page names.
            // No base address: every address stays as the page wrote it, so saved pictures are found beside it.
            return Jsoup.parse(new ByteArrayInputStream(bytes), isUtf8(bytes) ? "UTF-8" : null, "");
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(Message.of("error.import.unreadablePage", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWithUtf16Mark(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }
}
