package org.newsdesk.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.newsdesk.model.BadInputException;

/** Reads text files strictly: UTF-8 or a clear refusal, never mojibake. */
public final class TextFiles {
    /** Larger than any press release with room to spare; stops a mistaken multi-GB pick. */
    public static final long MAX_TEXT_BYTES = 20L * 1024 * 1024;

    private TextFiles() {
    }

    public static byte[] readBytes(Path file, long maxBytes) {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file + " is a folder, not a file.");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new BadInputException(file + " is too large to import (" + size / (1024 * 1024)
                        + " MB; the limit is " + maxBytes / (1024 * 1024) + " MB).");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + " does not exist.", e);
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + " (" + e.getMessage() + ").", e);
        }
    }

    /** The file's text; refuses empty, binary and non-UTF-8 files with a sentence naming the file. */
    public static String readUtf8(Path file) {
        byte[] bytes = readBytes(file, MAX_TEXT_BYTES);
        if (bytes.length == 0) {
            throw new BadInputException(file + " is empty.");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(file + " is a binary file, not text.");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                throw new BadInputException(file + " has no text in it.");
            }
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + " is not valid UTF-8 text; save it as UTF-8 and try again.", e);
        }
    }

    /** "annual-report_2026.md" → "annual report 2026". */
    public static String titleFromName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return name.replaceAll("[_-]+", " ").strip();
    }

    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
