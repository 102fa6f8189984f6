package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.testing.TestLibrary;

class BackupServiceTest {
    @TempDir
    Path dir;

    private final BackupService backups = new BackupService(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"),
            ZoneOffset.UTC));

    private Path library() {
        return dir.resolve("press.newsdesk");
    }

    private static void write(Library lib, int n, String prefix) {
        for (int i = 0; i < n; i++) {
            lib.articles().create(Article.draft(prefix + " " + i, Language.ENGLISH, Instant.EPOCH)
                    .withBody(Document.ofPlainText("Paragraph about heritage schools number " + i + ".")));
        }
    }

    private static int count(Path file) {
        try (Library lib = TestLibrary.open(file)) {
            return lib.articles().search(ArticleFilter.all().withLimit(100_000)).size();
        }
    }

    @Test
    void aBackupWhileTheLibraryIsOpenAndBeingWrittenIsConsistentAndChecked() throws Exception {
        try (Library lib = TestLibrary.open(library()); Library writer = TestLibrary.open(library())) {
            write(lib, 300, "Before");
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            Thread busy = new Thread(() -> {
                while (!stop.get()) { // another connection keeps saving during the whole backup
                    writer.articles().create(Article.draft("During " + written.incrementAndGet(), Language.ENGLISH,
                            Instant.EPOCH));
                }
            });
            busy.start();
            List<Double> progress = Collections.synchronizedList(new ArrayList<>());
            BackupService.Backup made;
            try {
                Thread.sleep(200);
                made = backups.backup(library(), dir.resolve("copies/press-backup.newsdesk"), progress::add);
            } finally {
                stop.set(true);
                busy.join();
            }
            assertThat(written.get()).as("saves during the backup").isPositive();
            assertThat(made.articles()).isBetween(300, 300 + written.get());
            assertThat(progress).last().isEqualTo(1.0);
            assertThat(progress).isSorted();
            assertThat(made.file()).isRegularFile();
            assertThat(dir.resolve("copies")).isDirectoryNotContaining("glob:**.partial");
            try (Library copy = TestLibrary.open(made.file())) {
                assertThat(copy.check()).isEmpty();
                assertThat(copy.articles().search(ArticleFilter.all().withLimit(100_000))).hasSize(made.articles());
            }
        }
    }

    @Test
    void restoringReplacesTheLibraryOnlyWhenNobodyHasItOpenAndKeepsTheReplacedFile() throws Exception {
        Path backup = dir.resolve("monday.newsdesk");
        try (Library lib = TestLibrary.open(library())) {
            write(lib, 3, "Monday");
            backups.backup(library(), backup, f -> { });
            write(lib, 2, "Tuesday");
            assertThatThrownBy(() -> backups.restore(backup, library())).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("is open");
        }
        assertThat(count(library())).isEqualTo(5);

        Path kept = backups.restore(backup, library());
        assertThat(count(library())).isEqualTo(3);
        assertThat(kept.getFileName().toString()).isEqualTo("press.replaced-2026-12-05-100000.newsdesk");
        assertThat(count(kept)).isEqualTo(5);
        assertThat(count(backup)).as("the backup itself is untouched").isEqualTo(3);
    }

    @Test
    void aDamagedOrForeignBackupIsRefusedAndTheLibraryStaysAsItWas() throws Exception {
        try (Library lib = TestLibrary.open(library())) {
            write(lib, 2, "Kept");
        }
        byte[] before = Files.readAllBytes(library());
        Path garbage = Files.write(dir.resolve("garbage.newsdesk"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Path foreign = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + foreign); var st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        }
        for (Path bad : List.of(garbage, foreign, dir.resolve("missing.newsdesk"))) {
            assertThatThrownBy(() -> backups.restore(bad, library())).isInstanceOf(BadInputException.class)
                    .hasMessageContaining(bad.getFileName().toString());
            assertThat(Files.readAllBytes(library())).isEqualTo(before);
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.restoring").isDirectoryNotContaining("glob:**replaced*");
    }

    @Test
    void dailyBackupsAreMadeOnceADayAndTheLastSevenKept() throws Exception {
        try (Library lib = TestLibrary.open(library())) {
            write(lib, 1, "Daily");
        }
        Path folder = dir.resolve("backups");
        for (int day = 1; day <= 9; day++) {
            BackupService onDay = new BackupService(Clock.fixed(Instant.parse("2026-11-01T08:00:00Z")
                    .plus(Duration.ofDays(day)), ZoneOffset.UTC));
            assertThat(onDay.daily(library(), folder)).isPresent();
            assertThat(onDay.daily(library(), folder)).as("a second start the same day").isEmpty();
        }
        assertThat(BackupService.dailies(folder, "press")).extracting(p -> p.getFileName().toString())
                .containsExactly("press-2026-11-04.newsdesk", "press-2026-11-05.newsdesk", "press-2026-11-06.newsdesk",
                        "press-2026-11-07.newsdesk", "press-2026-11-08.newsdesk", "press-2026-11-09.newsdesk",
                        "press-2026-11-10.newsdesk");
    }
}
