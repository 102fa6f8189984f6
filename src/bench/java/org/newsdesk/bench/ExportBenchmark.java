package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mark;
import org.newsdesk.model.Role;
import org.newsdesk.model.TextRun;
import org.newsdesk.model.User;
import org.newsdesk.service.ExportFormat;
import org.newsdesk.service.ExportRequest;
import org.newsdesk.service.ExportResult;
import org.newsdesk.service.ExportSelection;
import org.newsdesk.service.Library;

/**
 * How fast the export service writes a large library: 10,000 synthetic articles of about 600 words, exported
 * as separate HTML pages and as one bundle, each twice (a cold run as the CLI sees it, then a warm one).
 * Prints articles/s and MB/s. Not a test: run it by hand (see the README) and record the figures.
 */
public final class ExportBenchmark {
    private static final int ARTICLES = 10_000;
    private static final int WORDS_PER_ARTICLE = 600;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : ARTICLES;
        Path dir = Files.createTempDirectory("newsdesk-export-bench");
        try {
            Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
            User user = new User("Benchmark", Role.EDITOR);
            try (Library library = Library.open(dir.resolve("bench.newsdesk"), clock, () -> user)) {
                long start = System.nanoTime();
                fill(library, count);
                System.out.printf("Library of %,d articles (~%d words each) built in %.1f s%n", count,
                        WORDS_PER_ARTICLE, seconds(start));
                for (int run = 1; run <= 2; run++) {
                    String label = run == 1 ? "cold" : "warm";
                    measure(library, "HTML files (" + label + ")", ExportFormat.HTML, dir.resolve("html-" + run));
                    measure(library, "Bundle     (" + label + ")", ExportFormat.BUNDLE, dir.resolve("bundle-" + run + ".zip"));
                }
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** pandoc converting the same articles one by one, measured once on this machine (README): the rate to beat. */
    private static final double PANDOC_ARTICLES_PER_S = 68;

    private static void measure(Library library, String label, ExportFormat format, Path out) throws IOException {
        long start = System.nanoTime();
        ExportResult result = library.exports().export(new ExportRequest(ExportSelection.all(), format, out, false));
        double seconds = seconds(start);
        double floor = diskFloor(out.resolveSibling(out.getFileName() + "-floor"), format == ExportFormat.BUNDLE ? 1
                : result.articles(), result.bytes());
        System.out.printf("%-22s %,6d articles in %5.2f s: %,7.0f articles/s, %6.1f MB/s (%,.1f MB written);"
                        + " writing the same bytes as plain files: %5.2f s%n", label, result.articles(), seconds,
                result.articles() / seconds, result.bytes() / 1e6 / seconds, result.bytes() / 1e6, floor);
        LibraryBenchmark.target("export " + label.strip(), String.format(java.util.Locale.ROOT, "%.0f",
                        result.articles() / seconds), "articles/s", String.format(java.util.Locale.ROOT, "%.0f",
                        result.articles() / floor), (result.articles() / seconds) / (result.articles() / floor),
                result.articles() / seconds >= PANDOC_ARTICLES_PER_S, "faster than pandoc's ~68 articles/s; floor:"
                        + " the same bytes written as plain files");
    }

    /** Seconds to write {@code bytes} bytes as {@code files} plain files: the disk's share of an export. */
    private static double diskFloor(Path dir, int files, long bytes) throws IOException {
        Files.createDirectories(dir);
        byte[] chunk = new byte[(int) Math.max(1, bytes / Math.max(1, files))];
        long start = System.nanoTime();
        for (int i = 0; i < files; i++) {
            Files.write(dir.resolve("f" + i), chunk);
        }
        double seconds = seconds(start);
        deleteTree(dir);
        return seconds;
    }

    /** Deterministic content: the same seed gives the same library every time. */
    private static void fill(Library library, int count) {
        Random random = new Random(20260301);
        Instant created = Instant.parse("2026-01-01T08:00:00Z");
        for (int i = 0; i < count; i++) {
            UUID id = new UUID(0x4e44L << 48 | i, 0x8000000000000000L | i);
            Article article = new Article(id, null, i % 3 == 0 ? Language.of("fr") : Language.ENGLISH, id,
                    "Story " + i + ": " + words(random, 8), words(random, 20), "GENEVA",
                    LocalDate.of(2026, 1, 1).plusDays(i % 365), "By Staff Writer " + (i % 40), body(random),
                    List.of("Tag " + (i % 25), "Region " + (i % 7)), null, null, ArticleStatus.DRAFT, 0,
                    created, created);
            library.articles().create(article);
        }
    }

    private static Document body(Random random) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(TextRun.plain(words(random, 30) + " "), TextRun.of(words(random, 4), Mark.BOLD),
                TextRun.plain(" " + words(random, 10) + " "), TextRun.link(words(random, 3), "https://example.org/report"),
                TextRun.plain(".")));
        blocks.add(Block.heading(2, words(random, 5)));
        for (int p = 0; p < 8; p++) {
            blocks.add(Block.paragraph(words(random, 60) + "."));
        }
        blocks.add(Block.bullet(0, words(random, 8)));
        blocks.add(Block.bullet(1, words(random, 8)));
        blocks.add(Block.bullet(0, words(random, 8)));
        blocks.add(Block.quote(words(random, 20)));
        return new Document(blocks);
    }

    private static final String[] VOCABULARY = ("water health ministers agreed plan city cities programme fund "
            + "schools heritage pupils teachers culture festival council report project region people "
            + "government public service local engineers training support million billion years community "
            + "the of and to in for on with by from at as is was will be has have that this new first "
            + "said according officials data climate energy transport housing education children women "
            + "development sustainable international cooperation partners agreement summit meeting").split(" ");

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return sb.toString();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
