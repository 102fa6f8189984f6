package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.testing.TestLibrary;

/** Two connections, and two separate processes, writing to one library file at once lose no update. */
class ConcurrentWritersTest {
    private static final int WRITES = 40;

    @TempDir
    Path dir;

    @Test
    void twoConnectionsTaggingTheSameArticleLoseNoTag() throws Exception {
        Path file = dir.resolve("shared.newsdesk");
        UUID id;
        try (Library setup = TestLibrary.open(file)) {
            id = setup.articles().create(Article.draft("Shared", Language.ENGLISH, Instant.EPOCH)).id();
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (String writer : List.of("a", "b")) {
            futures.add(pool.submit(() -> {
                try (Library lib = TestLibrary.open(file)) {
                    start.await();
                    for (int i = 0; i < WRITES; i++) {
                        lib.articles().tag(id, List.of(writer + i), List.of());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        try (Library lib = TestLibrary.open(file)) {
            Article a = lib.articles().get(id);
            assertThat(a.tags()).hasSize(2 * WRITES);
            assertThat(a.version()).isEqualTo(1 + 2 * WRITES);
            assertThat(lib.articles().revisions(id)).hasSize(1 + 2 * WRITES);
        }
    }

    @Test
    void twoProcessesTaggingTheSameArticleLoseNoTag() throws Exception {
        Path file = dir.resolve("shared.newsdesk");
        UUID id;
        try (Library setup = TestLibrary.open(file)) {
            id = setup.articles().create(Article.draft("Shared", Language.ENGLISH, Instant.EPOCH)).id();
        }
        List<Process> processes = new ArrayList<>();
        for (String writer : List.of("p", "q")) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), TaggingWriter.class.getName(),
                    file.toString(), id.toString(), writer, String.valueOf(WRITES))
                    .redirectErrorStream(true).redirectOutput(dir.resolve(writer + ".log").toFile()).start());
        }
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(java.nio.file.Files.readString(dir.resolve("p.log"))).isZero();
        }
        try (Library lib = TestLibrary.open(file)) {
            assertThat(lib.articles().get(id).tags()).hasSize(2 * WRITES);
            assertThat(lib.check()).isEmpty();
        }
    }

    /** The second process: adds WRITES tags named WRITER0, WRITER1, … one transaction each. */
    public static final class TaggingWriter {
        public static void main(String[] args) {
            try (Library lib = TestLibrary.open(Path.of(args[0]))) {
                UUID id = UUID.fromString(args[1]);
                for (int i = 0; i < Integer.parseInt(args[3]); i++) {
                    lib.articles().tag(id, List.of(args[2] + i), List.of());
                }
            }
        }
    }
}
