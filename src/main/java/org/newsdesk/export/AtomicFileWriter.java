package org.newsdesk.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so readers see either the old one or the complete new one, never half of it: the content
 * goes to a temporary file in the same folder, is flushed to disk, then renamed over the destination.
 * On any failure the temporary file is removed and the destination is untouched.
 */
final class AtomicFileWriter {

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    static void write(Path destination, Content content) throws IOException {
        Path target = destination.toAbsolutePath();
        TempFiles.Created created = TempFiles.createBeside(target);
        Path temp = created.path();
        try {
            try (FileChannel channel = created.channel()) {
                BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                content.writeTo(new KeepOpen(out));
                out.flush();
                channel.force(true); // on disk before the rename makes it visible
            }
            move(temp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Lets the content close its stream (a zip must be closed to be finished) without closing the file. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
