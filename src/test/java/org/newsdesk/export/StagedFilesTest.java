package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.BadInputException;

class StagedFilesTest {
    @TempDir
    Path dir;

    @Test
    void filesAppearOnlyOnCommitWithTheFoldersUsualPermissions() throws Exception {
        Path out = dir.resolve("out");
        try (StagedFiles files = new StagedFiles(out)) {
            files.stage("a.html", bytes("a"));
            files.stage("images/b.jpg", bytes("b"));
            assertThat(out.resolve("a.html")).doesNotExist();
            assertThat(files.commit()).containsExactly(out.resolve("a.html"), out.resolve("images/b.jpg"));
        }
        assertThat(Files.readString(out.resolve("a.html"))).isEqualTo("a");
        assertThat(Files.readString(out.resolve("images/b.jpg"))).isEqualTo("b");
        Path usual = Files.createFile(dir.resolve("usual.txt"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("a.html"))))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(usual)));
        assertThat(listing(out)).containsExactly("a.html", "images", "images/b.jpg");
    }

    @Test
    void closingWithoutCommitRemovesTemporaryFilesAndTheFoldersItMade() throws Exception {
        Path existing = Files.createDirectory(dir.resolve("existing"));
        Files.writeString(existing.resolve("keep.txt"), "mine");
        try (StagedFiles files = new StagedFiles(existing)) {
            files.stage("a.html", bytes("a"));
            files.stage("images/b.jpg", bytes("b"));
        }
        assertThat(listing(existing)).containsExactly("keep.txt");
        try (StagedFiles files = new StagedFiles(dir.resolve("fresh"))) {
            files.stage("a.html", bytes("a"));
        }
        assertThat(dir.resolve("fresh")).doesNotExist();
    }

    @Test
    void namesCannotLeaveTheFolderAndTheFolderMustHaveAParent() {
        try (StagedFiles files = new StagedFiles(dir.resolve("out"))) {
            assertThatThrownBy(() -> files.stage("../evil.html", bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new StagedFiles(dir.resolve("no/such/folder"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("does not exist");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static java.util.List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }
}
