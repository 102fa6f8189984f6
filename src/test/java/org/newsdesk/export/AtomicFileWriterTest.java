package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileWhenWritingSucceeds() throws Exception {
        Path target = dir.resolve("export.zip");
        Files.writeString(target, "old");
        AtomicFileWriter.write(target, out -> {
            out.write("new".getBytes(StandardCharsets.UTF_8));
            out.close(); // content may close its stream, as a zip must
        });
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void failureHalfwayKeepsTheOldFileAndRemovesThePartialOne() throws Exception {
        Path target = dir.resolve("export.zip");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void failureWithoutAnOldFileLeavesNothing() {
        Path target = dir.resolve("new.zip");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("render failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(listing()).isEmpty();
    }

    private java.util.List<Path> listing() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
