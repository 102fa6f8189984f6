package org.newsdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.model.Article;
import org.newsdesk.store.LibraryOpener;
import org.newsdesk.store.V2LibraryWriter;

/**
 * The upgrade of a format-2 library (as the release before wrote it) to format 6 (the additive V3…V5 steps, then the
 * rebuild), timed from opening the file to the library being ready (re-indexing, packing, the VACUUM), beside its
 * floor in the same run: building a bare FTS5 table (same tokenizer and prefix indexes) from the same texts, the
 * least any re-indexing costs. Each repeat starts from a fresh copy of the same old library; the two are alternated.
 *
 * <p>Size: {@code -Dbench.migration.articles=N} (default 20,000); repeats: {@code -Dbench.repeats=R} (default 5, 1 above
 * 50,000 articles, where one upgrade takes minutes on this machine).
 */
final class MigrationBenchmark {
    private MigrationBenchmark() {
    }

    static void run(List<String> args) throws Exception {
        int size = Integer.parseInt(System.getProperty("bench.migration.articles", "20000").replace("_", ""));
        int repeats = Integer.getInteger("bench.repeats", size > 50_000 ? 1 : 5);
        Path dir = Files.createTempDirectory("newsdesk-migration");
        Path template = dir.resolve("v2-template.newsdesk");
        SyntheticCorpus corpus = new SyntheticCorpus(size);
        List<Article> cache = new ArrayList<>();
        long t0 = System.nanoTime();
        V2LibraryWriter.write(template, size, i -> {
            while (cache.size() <= i) {
                cache.add(corpus.article(cache.size()));
            }
            Article a = cache.get(i);
            if (i > 0) {
                cache.set(i - 1, null);
            }
            return a;
        });
        System.out.printf(Locale.ROOT, "Migration benchmark: a format-2 library of %,d articles (%.0f MB) written in"
                + " %.0f s; %d repeat(s)%n", size, Files.size(template) / 1e6, (System.nanoTime() - t0) / 1e9, repeats);
        double[] app = new double[repeats];
        double[] floor = new double[repeats];
        long upgradedSize = 0;
        for (int r = 0; r < repeats; r++) {
            boolean appFirst = r % 2 == 0;
            for (int side = 0; side < 2; side++) {
                if ((side == 0) == appFirst) {
                    Path copy = dir.resolve("upgrade.newsdesk");
                    Files.copy(template, copy, StandardCopyOption.REPLACE_EXISTING);
                    long start = System.nanoTime();
                    new LibraryOpener().open(copy, (phase, done, total) -> { }).close();
                    app[r] = (System.nanoTime() - start) / 1e9;
                    upgradedSize = Files.size(copy);
                    Files.deleteIfExists(copy);
                } else {
                    floor[r] = bareIndex(template, dir.resolve("bare.sqlite"));
                }
            }
            System.out.printf(Locale.ROOT, "  repeat %d: upgrade %.1f s, bare FTS5 index of the same texts %.1f s%n",
                    r + 1, app[r], floor[r]);
        }
        LibraryBenchmark.Rounds a = new LibraryBenchmark.Rounds(app);
        LibraryBenchmark.Rounds f = new LibraryBenchmark.Rounds(floor);
        System.out.printf(Locale.ROOT, "Upgrade: median %.1f s (%.1f–%.1f); floor median %.1f s (%.1f–%.1f);"
                        + " file %.0f MB before, %.0f MB after%n", a.median(), a.min(), a.max(), f.median(), f.min(),
                f.max(), Files.size(template) / 1e6, upgradedSize / 1e6);
        LibraryBenchmark.target("upgrade " + String.format(Locale.ROOT, "%,d", size) + " articles to format 6",
                String.format(Locale.ROOT, "%.1f", a.median()), "s", String.format(Locale.ROOT, "%.1f", f.median()),
                a.median() / f.median(), a.median() / f.median() <= 3.0,
                "<= 3x the bare re-index of the same texts (reading, packing, re-folding, VACUUM included)");
        Files.deleteIfExists(template);
        Files.deleteIfExists(dir);
    }

    /** Seconds to build a bare FTS5 table from the library's texts (read before the clock starts). */
    private static double bareIndex(Path library, Path bare) throws Exception {
        Files.deleteIfExists(bare);
        List<String[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT headline, standfirst, body_text, tags_text FROM article")) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + bare); Statement st = c.createStatement()) {
            st.execute("CREATE VIRTUAL TABLE t USING fts5(headline, standfirst, body_text, tags_text,"
                    + " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')");
            st.execute("BEGIN");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?,?,?,?)")) {
                for (String[] r : rows) {
                    for (int i = 0; i < 4; i++) {
                        ps.setString(i + 1, r[i]);
                    }
                    ps.executeUpdate();
                }
            }
            st.execute("COMMIT");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.deleteIfExists(bare);
        return seconds;
    }
}
