package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** newsdesk backup --out FILE, restore FILE (and restore ID REV, the revision restore), --version. */
class BackupCliTest {
    @TempDir
    Path dir;

    private CliRunner.Result run(String... args) {
        return new CliRunner(dir).run(args);
    }

    private CliRunner.Result runOn(String... args) {
        return new CliRunner(dir).runOn(args);
    }

    @Test
    void aBackupRestoresTheLibraryAsItWasAndKeepsTheReplacedOne() throws Exception {
        String kept = runOn("new", "--headline", "Before the backup").out().strip();
        CliRunner.Result backup = runOn("backup", "--out", dir.resolve("saved/monday.newsdesk").toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backed up 1 articles to ").contains("monday.newsdesk");
        String later = runOn("new", "--headline", "After the backup").out().strip();

        CliRunner.Result restored = runOn("restore", dir.resolve("saved/monday.newsdesk").toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("The library it replaced is kept as ");
        assertThat(runOn("list").out()).contains(kept).doesNotContain(later);
        try (var files = Files.list(dir)) {
            Path replaced = files.filter(p -> p.getFileName().toString().startsWith("lib.replaced-")).findFirst()
                    .orElseThrow();
            assertThat(run("list", "--library", replaced.toString()).out()).contains(kept).contains(later);
        }
    }

    @Test
    void badBackupsAreRefusedInOneSentence() throws Exception {
        runOn("new", "--headline", "Stays");
        Path text = Files.writeString(dir.resolve("notes.newsdesk"), "not a library");
        CliRunner.Result refused = runOn("restore", text.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo(text + " is not a Newsdesk library (it is not an SQLite database).");
        assertThat(runOn("list").out()).contains("Stays");
        assertThat(runOn("backup", "--out", dir.resolve("lib.newsdesk").toString()).err().strip())
                .isEqualTo("A backup cannot replace the library itself; choose another file.");
    }

    @Test
    void restoreWithAnIdAndANumberStillRestoresARevision() {
        String id = runOn("new", "--headline", "First words").out().strip();
        runOn("edit", id, "--headline", "Second words");
        CliRunner.Result restored = runOn("restore", id, "1");
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).startsWith("Restored revision 1 of " + id);
        assertThat(runOn("show", id).out()).contains("First words");
        assertThat(runOn("restore", id, "one").err().strip()).isEqualTo("\"one\" is not a revision number.");
    }

    @Test
    void versionNamesNewsdeskJavaAndJavaFx() {
        CliRunner.Result version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().lines()).hasSize(4).satisfies(lines -> {
            assertThat(lines.get(0)).matches("Newsdesk \\d+\\.\\d+\\.\\d+.*");
            assertThat(lines.get(1)).startsWith("Java " + System.getProperty("java.version"));
            assertThat(lines.get(2)).matches("JavaFX 2\\d\\..*");
        });
    }
}
