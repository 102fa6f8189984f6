package org.newsdesk.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.newsdesk.i18n.Message;
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
                throw new BadInputException(Message.of("error.import.folder", file.toString()));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new BadInputException(Message.of("error.import.tooLarge", file.toString(), size / (1024 * 1024),
                        maxBytes / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(Message.of("error.import.noSuchFile", file.toString()), e);
        } catch (IOException e) {
            throw new BadInputException(Message.of("error.import.unreadable", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /** The file's text; refuses empty, binary and non-UTF-8 files with a sentence naming the file. */
    public static String readUtf8(Path file) {
        byte[] bytes = readBytes(file, MAX_TEXT_BYTES);
        if (bytes.length == 0) {
            throw new BadInputException(Message.of("error.import.empty", file.toString()));
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(Message.of("error.import.binary", file.toString()));
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
                throw new BadInputException(Message.of("error.import.noText", file.toString()));
            }
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new BadInputException(Message.of("error.import.notUtf8", file.toString()), e);
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
