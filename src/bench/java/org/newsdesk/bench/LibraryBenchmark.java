package org.newsdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.newsdesk.importer.ImportedArticle;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Language;
import org.newsdesk.model.Role;
import org.newsdesk.model.SearchHit;
import org.newsdesk.model.SearchOrder;
import org.newsdesk.model.User;
import org.newsdesk.service.Library;

/**
 * The library benchmark: imports a synthetic archive through the real service path, then measures search
 * (relevance and newest-first, for several kinds of query), loading one article and the file size, each side
 * by side with a bare SQLite FTS5 table holding the same texts.
 *
 * <p>Size: first argument, or {@code -Dbench.articles=N} (default 100,000). {@code -Dbench.dir=DIR} puts the
 * files there instead of a temporary folder; {@code -Dbench.keep=true} keeps them afterwards.
 */
final class LibraryBenchmark {
    private static final int DEFAULT_ARTICLES = 100_000;
    private static final int BATCH = 1_000;
    private static final int TOP = 20;
    private static final int WARMUP = 15;
    private static final int MEASURED = 60;
    private static final int LOADS = 300;
    /** Rounds of the measured queries and loads: each figure is the median of the rounds' p95, with their range. */
    private static final int ROUNDS = 5;

    // targets (issues 13 and 17): ratios to the floor measured in the same run, absolute latencies at 100,000
    private static final double TARGET_IMPORT_RATIO = 0.9;
    private static final double TARGET_NEWEST_P95_MS = 5;
    private static final double TARGET_RELEVANCE_RATIO = 1.2;
    private static final double TARGET_LOAD_P95_MS = 5;
    private static final double TARGET_SIZE_GB = 1.1;

    enum Kind {
        COMMON("common word"), MID("mid-frequency word"), RARE("rare name"), PHRASE("phrase"),
        PREFIX("prefix (3 letters)"), ARABIC("Arabic word as typed"), ARABIC_PREFIX("Arabic prefix (3 letters)"),
        STATUS("mid word + status"), STATUS_TAG("mid word + status + tag"), LANGUAGE("mid word + language");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record Query(String text, ArticleStatus status, String tag, Language language) {
        ArticleFilter filter(SearchOrder order) {
            return ArticleFilter.text(text).withStatus(status).withTag(tag).withLanguage(language)
                    .withOrder(order).withLimit(TOP);
        }
    }

    /** The queries of one kind: distinct ones to warm up with, then the measured ones. */
    record QuerySet(Kind kind, List<Query> warmup, List<Query> measured, String example, int distinct,
                    int medianMatches) {
    }

    /**
     * Wall-clock latencies (what a user waits) and the searching thread's CPU time (the same minus the time spent
     * waiting for a core: on a shared machine the steadier measure of what the query itself costs).
     */
    record Result(Kind kind, SearchOrder order, Latencies app, Latencies bare, Latencies appCpu, Latencies bareCpu,
                  int agreeing, int compared, double avgHits, String slowest, Rounds appRounds, Rounds bareRounds) {
        boolean filtered() {
            return kind == Kind.STATUS || kind == Kind.STATUS_TAG || kind == Kind.LANGUAGE;
        }
    }

    /** One figure per round (p95 in ms, or a rate): median and range. */
    static record Rounds(double[] values) {
        double median() {
            double[] v = values.clone();
            Arrays.sort(v);
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }

        double min() {
            return Arrays.stream(values).min().orElse(Double.NaN);
        }

        double max() {
            return Arrays.stream(values).max().orElse(Double.NaN);
        }

        String ms() {
            return Latencies.ms(median()) + " (" + Latencies.ms(min()) + "–" + Latencies.ms(max()) + ")";
        }
    }

    private final int size;
    private final Path dir;
    private final boolean keep;
    private final SyntheticCorpus corpus;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private final Map<UUID, Integer> rowOf = new java.util.HashMap<>();
    /** Thread CPU time spent in the library's import: what it costs when it has a core to itself. */
    private long appCpu;
    private long appProcessCpu;
    private long bareCpu;
    private long bareProcessCpu;
    private final Latencies loadCpu = new Latencies();
    /** Import rate ratio (Newsdesk / bare) per tenth of the import. */
    private Rounds importRounds;
    private Rounds loadRounds;
    private Rounds revisionRounds;
    private Rounds revisionFloorRounds;
    private final Latencies revisionLoads = new Latencies();

    private LibraryBenchmark(int size, Path dir, boolean keep) {
        this.size = size;
        this.dir = dir;
        this.keep = keep;
        this.corpus = new SyntheticCorpus(size);
    }

    static void run(List<String> args) throws Exception {
        int size = !args.isEmpty() ? Integer.parseInt(args.get(0).replace("_", ""))
                : Integer.parseInt(System.getProperty("bench.articles", String.valueOf(DEFAULT_ARTICLES)).replace("_", ""));
        String where = System.getProperty("bench.dir", "");
        Path dir = where.isBlank() ? Files.createTempDirectory("newsdesk-bench")
                : Files.createDirectories(Path.of(where));
        boolean keep = Boolean.getBoolean("bench.keep");
        new LibraryBenchmark(size, dir, keep).run();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        Path libraryFile = dir.resolve("bench-library.newsdesk");
        Path bareFile = dir.resolve("bench-bare-fts5.sqlite");
        Path plainFile = dir.resolve("bench-plain-fts5.sqlite");
        for (Path p : List.of(libraryFile, bareFile, plainFile)) {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(Path.of(p + suffix));
            }
        }
        System.out.printf(Locale.ROOT, "Newsdesk library benchmark: %,d articles of ~%d words; %d cores, JDK %s, %s%n",
                size, SyntheticCorpus.WORDS_PER_ARTICLE, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        System.out.println("Files in " + dir + (keep ? " (kept)" : " (deleted at the end)"));
        System.out.println("Machine load average at start: " + loadAverage());

        List<Result> results = new ArrayList<>();
        Latencies loads;
        double appRate;
        double bareRate;
        double plainRate;
        String pragmas;
        try (Library library = Library.open(libraryFile, Clock.systemUTC(), () -> new User("Benchmark", Role.EDITOR));
             BareFts bare = new BareFts(bareFile, true);
             BareFts plain = new BareFts(plainFile, false)) {
            System.out.println("SQLite " + bare.sqliteVersion() + " (sqlite-jdbc)");
            double[] rates = importAll(library, bare, plain);
            appRate = rates[0];
            bareRate = rates[1];
            plainRate = rates[2];
            pragmas = library.database().read(LibraryBenchmark::pragmas);
            System.out.println("Library connection: " + pragmas);
            printCorpus();

            List<QuerySet> sets = querySets(bare);
            for (QuerySet set : sets) {
                for (SearchOrder order : List.of(SearchOrder.RELEVANCE, SearchOrder.NEWEST)) {
                    Result r = measure(library, bare, set, order);
                    results.add(r);
                    System.out.printf(Locale.ROOT, "  %-26s %-9s library p50 %6s p95 %6s (CPU %6s) | bare p50 %6s"
                                    + " p95 %6s (CPU %6s) ms | slowest: %s%n", set.kind().label,
                            order.name().toLowerCase(Locale.ROOT), Latencies.ms(r.app().p50()),
                            Latencies.ms(r.app().p95()), Latencies.ms(r.appCpu().p95()), Latencies.ms(r.bare().p50()),
                            Latencies.ms(r.bare().p95()), Latencies.ms(r.bareCpu().p95()), r.slowest());
                }
            }
            loads = measureLoads(library);
            measureRevisionLoads(library);
        }
        long librarySize = sizeOf(libraryFile);
        long bareSize = sizeOf(bareFile);
        long plainSize = sizeOf(plainFile);
        String breakdown = breakdown(libraryFile);

        report(results, loads, appRate, bareRate, plainRate, librarySize, bareSize, plainSize, breakdown);
        System.out.printf(Locale.ROOT, "%nTotal benchmark time %.0f s; machine load average at the end: %s%n",
                (System.nanoTime() - start) / 1e9, loadAverage());
        if (!keep) {
            for (Path p : List.of(libraryFile, bareFile, plainFile)) {
                for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                    Files.deleteIfExists(Path.of(p + suffix));
                }
            }
            if (System.getProperty("bench.dir", "").isBlank()) {
                Files.deleteIfExists(dir);
            }
        }
    }

    /**
     * Generates and imports in batches; returns articles per second {library, bare FTS5, plain FTS5 without prefix
     * indexes} (generation not counted).
     */
    private double[] importAll(Library library, BareFts bare, BareFts plain) throws SQLException {
        long gen = 0;
        long app = 0;
        long raw = 0;
        long rawPlain = 0;
        long segmentApp = 0;
        long segmentRaw = 0;
        List<Double> segmentRatios = new ArrayList<>();
        appCpu = 0;
        int next = 0;
        int reported = 0;
        while (next < size) {
            int n = Math.min(BATCH, size - next);
            long t0 = System.nanoTime();
            List<ImportedArticle> batch = new ArrayList<>(n);
            List<BareFts.Row> rows = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                Article a = corpus.article(next + k);
                rowOf.put(a.id(), next + k + 1);
                batch.add(new ImportedArticle(a, true));
                rows.add(BareFts.Row.of(next + k + 1, a));
            }
            long t1 = System.nanoTime();
            long cpu0 = CPU.getCurrentThreadCpuTime();
            long proc0 = processCpu();
            List<Article> stored = library.imports().importArticles(batch);
            long t2 = System.nanoTime();
            appCpu += CPU.getCurrentThreadCpuTime() - cpu0;
            appProcessCpu += processCpu() - proc0;
            long bareCpu0 = CPU.getCurrentThreadCpuTime();
            long bareProc0 = processCpu();
            bare.insertAll(rows);
            long t3 = System.nanoTime();
            bareCpu += CPU.getCurrentThreadCpuTime() - bareCpu0;
            bareProcessCpu += processCpu() - bareProc0;
            plain.insertAll(rows);
            long t4 = System.nanoTime();
            if (stored.size() != n) {
                throw new IllegalStateException("imported " + stored.size() + " of " + n);
            }
            gen += t1 - t0;
            app += t2 - t1;
            raw += t3 - t2;
            rawPlain += t4 - t3;
            segmentApp += t2 - t1;
            segmentRaw += t3 - t2;
            next += n;
            if (next * 10L / size > reported || next == size) {
                reported = (int) (next * 10L / size);
                segmentRatios.add((double) segmentRaw / segmentApp);
                segmentApp = 0;
                segmentRaw = 0;
                System.out.printf(Locale.ROOT, "  imported %,7d / %,d   library %,6.0f art/s   bare FTS5 %,6.0f art/s"
                                + "   plain FTS5 %,6.0f art/s   (generation %.0f s)%n", next, size, next / (app / 1e9),
                        next / (raw / 1e9), next / (rawPlain / 1e9), gen / 1e9);
            }
        }
        importRounds = new Rounds(segmentRatios.stream().mapToDouble(Double::doubleValue).toArray());
        return new double[] {size / (app / 1e9), size / (raw / 1e9), size / (rawPlain / 1e9)};
    }

    private void printCorpus() {
        StringBuilder langs = new StringBuilder();
        for (SyntheticCorpus.Lang l : SyntheticCorpus.Lang.values()) {
            langs.append(l.language.tag()).append(' ').append(pct(corpus.langCount(l))).append("  ");
        }
        StringBuilder statuses = new StringBuilder();
        for (ArticleStatus s : ArticleStatus.values()) {
            statuses.append(s.label()).append(' ').append(pct(corpus.statusCount(s))).append("  ");
        }
        int vocab = Arrays.stream(SyntheticCorpus.Lang.values()).mapToInt(l -> corpus.vocabulary(l).words.length).sum();
        System.out.println("Corpus: " + langs + "| " + statuses);
        System.out.printf(Locale.ROOT, "        vocabulary %,d words (Zipf s=1), %,d surnames, %d phrases, %d tags"
                + " (2-5 per article, most used %s in %s)%n", vocab, corpus.surnames().length, corpus.phrases().size(),
                corpus.tags().length, corpus.tags()[0], pct(corpus.tagFreq(0)));
    }

    private String pct(int count) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * count / size);
    }

    // ---------------------------------------------------------------- queries

    private List<QuerySet> querySets(BareFts bare) throws SQLException {
        Random shuffle = new Random(SyntheticCorpus.SEED);
        List<String> common = words(df -> df >= size / 4, 1, shuffle, new java.util.HashMap<>());
        Map<String, Language> languageOf = new java.util.HashMap<>();
        List<String> mid = words(df -> df >= size / 100 && df <= size / 10, 4, shuffle, languageOf);
        List<String> midLatin = mid.stream().filter(w -> w.chars().allMatch(ch -> ch < 0x600)).toList();

        List<String> names = new ArrayList<>();
        String[] surnames = corpus.surnames();
        for (int i = 0; i < surnames.length; i++) {
            if (corpus.surnameFreq(i) > 0) {
                names.add(surnames[i]);
            }
        }
        Collections.shuffle(names, shuffle);

        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < corpus.phrases().size(); i++) {
            if (corpus.phraseFreq(i) > 0) {
                phrases.add('"' + corpus.phrases().get(i).text() + '"');
            }
        }
        Collections.shuffle(phrases, shuffle);

        List<String> prefixes = new ArrayList<>(new java.util.LinkedHashSet<>(midLatin.stream()
                .map(w -> w.substring(0, w.offsetByCodePoints(0, 3)).toLowerCase(Locale.ROOT)).toList()));

        // the 30 most used tags, the way a desk filters its own beat
        Integer[] byUse = new Integer[corpus.tags().length];
        for (int i = 0; i < byUse.length; i++) {
            byUse[i] = i;
        }
        Arrays.sort(byUse, Comparator.comparingInt(i -> -corpus.tagFreq(i)));
        ArticleStatus[] statuses = {ArticleStatus.PUBLISHED, ArticleStatus.DRAFT, ArticleStatus.APPROVED,
                ArticleStatus.IN_REVIEW};
        Language[] languages = Arrays.stream(SyntheticCorpus.Lang.values()).map(l -> l.language).toArray(Language[]::new);

        List<QuerySet> sets = new ArrayList<>();
        sets.add(set(bare, Kind.COMMON, common, (t, i) -> new Query(t, null, null, null)));
        sets.add(set(bare, Kind.MID, mid, (t, i) -> new Query(t, null, null, null)));
        sets.add(set(bare, Kind.RARE, names, (t, i) -> new Query(t, null, null, null)));
        sets.add(set(bare, Kind.PHRASE, phrases, (t, i) -> new Query(t, null, null, null)));
        sets.add(set(bare, Kind.PREFIX, prefixes, (t, i) -> new Query(t, null, null, null)));
        // Arabic as people type it: no hamza, ta marbuta as ha, no harakat (the corpus writes them, see SyntheticCorpus)
        List<String> arabic = mid.stream().filter(w -> w.chars().anyMatch(ch -> ch >= 0x600 && ch < 0x700))
                .map(LibraryBenchmark::typedArabic).distinct().toList();
        sets.add(set(bare, Kind.ARABIC, arabic, (t, i) -> new Query(t, null, null, null)));
        List<String> arabicPrefixes = new ArrayList<>(new java.util.LinkedHashSet<>(arabic.stream()
                .filter(w -> w.length() > 3).map(w -> w.substring(0, 3)).toList()));
        sets.add(set(bare, Kind.ARABIC_PREFIX, arabicPrefixes, (t, i) -> new Query(t, null, null, null)));
        List<String> midShifted = new ArrayList<>(mid);
        Collections.rotate(midShifted, mid.size() / 5);
        sets.add(set(bare, Kind.STATUS, midShifted, (t, i) -> new Query(t, statuses[i % statuses.length], null, null)));
        Collections.rotate(midShifted, mid.size() / 3);
        sets.add(set(bare, Kind.STATUS_TAG, midShifted, (t, i) ->
                new Query(t, statuses[i % statuses.length], corpus.tags()[byUse[i % 30]], null)));
        Collections.rotate(midShifted, mid.size() / 3);
        // mostly the word's own language; every third query another one (nothing matches: the worst case)
        sets.add(set(bare, Kind.LANGUAGE, midShifted, (t, i) -> new Query(t, null, null, i % 3 != 2 ? languageOf.get(t)
                : languages[(Arrays.asList(languages).indexOf(languageOf.get(t)) + 1) % languages.length])));

        System.out.println("Query sets (text typed as a user would; every word also matches as a prefix):");
        for (QuerySet s : sets) {
            System.out.printf(Locale.ROOT, "  %-26s %3d distinct texts, median %,7d matching articles (%s), e.g. %s%n",
                    s.kind().label, s.distinct(), s.medianMatches(), pct(s.medianMatches()), s.example());
        }
        return sets;
    }

    /** An Arabic word the way people type it: hamza forms of alef as alef, ta marbuta as ha, alef maksura as ya. */
    private static String typedArabic(String word) {
        return word.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ة', 'ه').replace('ى', 'ي');
    }

    /** Words of every language whose document frequency passes {@code keep}, at least {@code minLength} long, shuffled. */
    private List<String> words(IntPredicate keep, int minLength, Random shuffle, Map<String, Language> languageOf) {
        List<String> out = new ArrayList<>();
        for (SyntheticCorpus.Lang l : SyntheticCorpus.Lang.values()) {
            SyntheticCorpus.Vocabulary v = corpus.vocabulary(l);
            for (int w = 0; w < v.words.length; w++) {
                if (keep.test(v.docFreq[w]) && v.words[w].codePointCount(0, v.words[w].length()) >= minLength) {
                    out.add(v.words[w]);
                    languageOf.put(v.words[w], l.language);
                }
            }
        }
        Collections.shuffle(out, shuffle);
        return out;
    }

    private interface QueryMaker {
        Query make(String text, int index);
    }

    private QuerySet set(BareFts bare, Kind kind, List<String> texts, QueryMaker maker) throws SQLException {
        if (texts.isEmpty()) {
            throw new IllegalStateException("No " + kind.label + " in a corpus this size; use more articles.");
        }
        // distinct texts to warm up with when there are enough, then MEASURED queries cycling over the rest
        int warmFrom = texts.size() > WARMUP + 40 ? texts.size() - WARMUP : 0;
        List<Query> warmup = new ArrayList<>();
        for (int i = 0; i < WARMUP; i++) {
            warmup.add(maker.make(texts.get((warmFrom + i) % texts.size()), i + 7));
        }
        int pool = warmFrom == 0 ? texts.size() : warmFrom;
        List<Query> measured = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            measured.add(maker.make(texts.get(i % pool), i));
        }
        int[] matches = measured.stream().map(Query::text).distinct().mapToInt(t -> {
            try {
                return bare.count(t);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toArray();
        return new QuerySet(kind, warmup, measured, describe(measured.get(0)), Math.min(pool, MEASURED),
                matches[matches.length / 2]);
    }

    private static String describe(Query q) {
        return q.text() + (q.status() != null ? " status=" + q.status().label() : "")
                + (q.tag() != null ? " tag=" + q.tag() : "") + (q.language() != null ? " lang=" + q.language() : "");
    }

    private Result measure(Library library, BareFts bare, QuerySet set, SearchOrder order) throws SQLException {
        for (Query q : set.warmup()) {
            library.articles().search(q.filter(order));
            bareSearch(bare, q, order);
        }
        Latencies app = new Latencies();
        Latencies raw = new Latencies();
        Latencies appCpu = new Latencies();
        Latencies rawCpu = new Latencies();
        double[] appP95 = new double[ROUNDS];
        double[] rawP95 = new double[ROUNDS];
        int agreeing = 0;
        long hits = 0;
        long slowestNs = -1;
        Query slowest = null;
        for (int round = 0; round < ROUNDS; round++) {
            Latencies appRound = new Latencies();
            Latencies rawRound = new Latencies();
            for (Query q : set.measured()) {
                // alternate which side goes first, so neither always finds the other's pages in the cache
                boolean appFirst = (round + hits) % 2 == 0;
                long appNs = 0;
                long rawNs = 0;
                List<SearchHit> found = null;
                List<Long> bareFound = null;
                for (int side = 0; side < 2; side++) {
                    boolean doApp = (side == 0) == appFirst;
                    long c0 = CPU.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    if (doApp) {
                        found = library.articles().search(q.filter(order));
                        appNs = System.nanoTime() - t0;
                        appCpu.add(CPU.getCurrentThreadCpuTime() - c0);
                    } else {
                        bareFound = bareSearch(bare, q, order);
                        rawNs = System.nanoTime() - t0;
                        rawCpu.add(CPU.getCurrentThreadCpuTime() - c0);
                    }
                }
                app.add(appNs);
                raw.add(rawNs);
                appRound.add(appNs);
                rawRound.add(rawNs);
                if (appNs > slowestNs) {
                    slowestNs = appNs;
                    slowest = q;
                }
                hits += found.size();
                if (round == 0) {
                    List<Long> appRows = found.stream().map(h -> (long) rowOf.get(h.article().id())).toList();
                    boolean same = order == SearchOrder.NEWEST ? appRows.equals(bareFound)
                            : new HashSet<>(appRows).equals(new HashSet<>(bareFound));
                    if (same) {
                        agreeing++;
                    }
                }
            }
            appP95[round] = appRound.p95();
            rawP95[round] = rawRound.p95();
        }
        return new Result(set.kind(), order, app, raw, appCpu, rawCpu, agreeing, set.measured().size(),
                (double) hits / (set.measured().size() * ROUNDS), describe(slowest) + " " + Latencies.ms(slowestNs / 1e6)
                + " ms", new Rounds(appP95), new Rounds(rawP95));
    }

    private static List<Long> bareSearch(BareFts bare, Query q, SearchOrder order) throws SQLException {
        return bare.search(q.text(), order, q.status() == null ? null : q.status().label(), q.tag(),
                q.language() == null ? null : q.language().tag(), TOP);
    }

    private Latencies measureLoads(Library library) {
        SplittableRandom r = new SplittableRandom(SyntheticCorpus.SEED + 1);
        for (int i = 0; i < 20; i++) {
            library.articles().get(SyntheticCorpus.id(r.nextInt(size)));
        }
        Latencies loads = new Latencies();
        double[] p95 = new double[ROUNDS];
        long words = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Latencies roundLoads = new Latencies();
            for (int i = 0; i < LOADS / ROUNDS; i++) {
                UUID id = SyntheticCorpus.id(r.nextInt(size));
                long t0 = System.nanoTime();
                long c0 = CPU.getCurrentThreadCpuTime();
                Article a = library.articles().get(id);
                long ns = System.nanoTime() - t0;
                loads.add(ns);
                roundLoads.add(ns);
                loadCpu.add(CPU.getCurrentThreadCpuTime() - c0);
                words += a.body().blocks().size();
            }
            p95[round] = roundLoads.p95();
        }
        if (words == 0) {
            throw new IllegalStateException("loaded articles have no body");
        }
        loadRounds = new Rounds(p95);
        return loads;
    }

    /**
     * Revision loads: 200 articles are edited and saved (their first revision, shared with the row until then, gets
     * its own packed snapshot; the new one shares the row). Then, alternating, one of their revisions (the packed
     * first or the shared second) and, as the floor, the article itself (one row, one packed body).
     */
    private void measureRevisionLoads(Library library) {
        SplittableRandom r = new SplittableRandom(SyntheticCorpus.SEED + 2);
        List<UUID> edited = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            UUID id = SyntheticCorpus.id(r.nextInt(size));
            Article a = library.articles().get(id);
            if (!edited.contains(id)) {
                library.articles().save(a.withStandfirst(a.standfirst() + " Updated."), "Benchmark edit");
                edited.add(id);
            }
        }
        double[] rev = new double[ROUNDS];
        double[] floor = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            Latencies revRound = new Latencies();
            Latencies floorRound = new Latencies();
            for (int i = 0; i < LOADS / ROUNDS; i++) {
                UUID id = edited.get(r.nextInt(edited.size()));
                int number = 1 + (i % 2);
                long t0 = System.nanoTime();
                var revision = library.articles().revision(id, number);
                long t1 = System.nanoTime();
                Article current = library.articles().get(id);
                long t2 = System.nanoTime();
                if (revision.snapshot().body().blocks().isEmpty() || current.body().blocks().isEmpty()) {
                    throw new IllegalStateException("empty revision");
                }
                revRound.add(t1 - t0);
                revisionLoads.add(t1 - t0);
                floorRound.add(t2 - t1);
            }
            rev[round] = revRound.p95();
            floor[round] = floorRound.p95();
        }
        revisionRounds = new Rounds(rev);
        revisionFloorRounds = new Rounds(floor);
    }

    // ---------------------------------------------------------------- report

    private void report(List<Result> results, Latencies loads, double appRate, double bareRate, double plainRate,
                        long librarySize, long bareSize, long plainSize, String breakdown) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Results (%,d articles, %d cores, JDK %s; latencies in ms, top %d with snippets,"
                        + " %d queries each after %d warm-up)%n%n", size, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), TOP, MEASURED, WARMUP);
        System.out.println("| query | order | Newsdesk p50 / p95 / p99 | bare FTS5 p50 / p95 / p99 | p95 ratio"
                + " | CPU p95 Newsdesk / bare (ratio) | same top 20 |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s / %s / %s | %s / %s / %s | %.2f | %s / %s (%.2f) | %d/%d |%n",
                    r.kind().label, r.order() == SearchOrder.NEWEST ? "newest" : "relevance",
                    Latencies.ms(r.app().p50()), Latencies.ms(r.app().p95()), Latencies.ms(r.app().p99()),
                    Latencies.ms(r.bare().p50()), Latencies.ms(r.bare().p95()), Latencies.ms(r.bare().p99()),
                    r.app().p95() / r.bare().p95(), Latencies.ms(r.appCpu().p95()), Latencies.ms(r.bareCpu().p95()),
                    r.appCpu().p95() / r.bareCpu().p95(), r.agreeing(), r.compared());
        }
        System.out.println();
        System.out.println("| measure | Newsdesk | bare FTS5 | ratio |");
        System.out.println("|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| import (articles/s, batches of %,d) | %,.0f | %,.0f | %.2f |%n", BATCH, appRate,
                bareRate, appRate / bareRate);
        System.out.printf(Locale.ROOT, "| import, CPU time of the importing thread (articles per CPU-second) | %,.0f | %,.0f | %.2f |%n",
                size / (appCpu / 1e9), size / (bareCpu / 1e9), (double) bareCpu / appCpu);
        System.out.printf(Locale.ROOT, "| import, CPU time of the whole process (articles per CPU-second) | %,.0f | %,.0f | %.2f |%n",
                size / (appProcessCpu / 1e9), size / (bareProcessCpu / 1e9), (double) bareProcessCpu / appProcessCpu);
        System.out.printf(Locale.ROOT, "| import, plain FTS5 without prefix indexes (articles/s) | | %,.0f | %.2f |%n",
                plainRate, appRate / plainRate);
        System.out.printf(Locale.ROOT, "| load one article with body p50 / p95 / p99 (ms) | %s / %s / %s (CPU p95 %s) | | |%n",
                Latencies.ms(loads.p50()), Latencies.ms(loads.p95()), Latencies.ms(loads.p99()),
                Latencies.ms(loadCpu.p95()));
        System.out.printf(Locale.ROOT, "| file size (MB) | %,.0f | %,.0f | %.2f |%n", librarySize / 1e6, bareSize / 1e6,
                (double) librarySize / bareSize);
        System.out.printf(Locale.ROOT, "| file size, plain FTS5 without prefix indexes (MB) | | %,.0f | |%n",
                plainSize / 1e6);
        if (!breakdown.isEmpty()) {
            System.out.println();
            System.out.println("Library file by table/index (MB): " + breakdown);
        }
        System.out.println("(same top 20: the library's results equal the bare table's, as a set for relevance,"
                + " in order for newest; with a tag filter the bare query scores the tag too, so sets may differ)");

        System.out.printf(Locale.ROOT, "Import ratio to the bare table per tenth of the import: %s%n",
                Arrays.toString(Arrays.stream(importRounds.values()).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
                        .toArray()));
        System.out.printf(Locale.ROOT, "Revision load p95 per round (ms): %s; the article itself (floor): %s%n",
                revisionRounds.ms(), revisionFloorRounds.ms());

        System.out.println();
        System.out.println("Targets (medians of " + ROUNDS + " rounds, range in brackets; floor = the bare FTS5 table"
                + " or bare component in the same run):");
        target("import rate", String.format(Locale.ROOT, "%.0f", appRate), "articles/s",
                String.format(Locale.ROOT, "%.0f", bareRate), appRate / bareRate, appRate / bareRate >= TARGET_IMPORT_RATIO,
                String.format(Locale.ROOT, ">= %.1fx; per tenth %.2f-%.2f, median %.2f", TARGET_IMPORT_RATIO,
                        importRounds.min(), importRounds.max(), importRounds.median()));
        for (Result r : results) {
            if (r.order() == SearchOrder.NEWEST) {
                double v = r.appRounds().median();
                target("newest-first p95 " + r.kind().label, Latencies.ms(v), "ms", Latencies.ms(r.bareRounds().median()),
                        v / r.bareRounds().median(), v <= TARGET_NEWEST_P95_MS, "<= 5 ms; rounds " + r.appRounds().ms());
            }
        }
        for (Result r : results) {
            if (r.order() == SearchOrder.RELEVANCE) {
                double ratio = r.appRounds().median() / r.bareRounds().median();
                target("relevance p95 " + r.kind().label, Latencies.ms(r.appRounds().median()), "ms",
                        Latencies.ms(r.bareRounds().median()), ratio, ratio <= TARGET_RELEVANCE_RATIO
                                || r.appRounds().median() <= TARGET_NEWEST_P95_MS, "<= 1.2x of bare or <= 5 ms");
            }
        }
        target("load article p95", Latencies.ms(loadRounds.median()), "ms", "-", Double.NaN,
                loadRounds.median() <= TARGET_LOAD_P95_MS, "<= 5 ms; rounds " + loadRounds.ms());
        target("load revision p95", Latencies.ms(revisionRounds.median()), "ms", Latencies.ms(revisionFloorRounds.median()),
                revisionRounds.median() / revisionFloorRounds.median(), revisionRounds.median() <= TARGET_LOAD_P95_MS,
                "<= 5 ms; floor: loading the article itself");
        double gb = librarySize / 1e9;
        double scaled = gb * 100_000 / size;
        target("library size", String.format(Locale.ROOT, "%.3f", gb), "GB", String.format(Locale.ROOT, "%.3f", bareSize / 1e9),
                (double) librarySize / bareSize, scaled <= TARGET_SIZE_GB, String.format(Locale.ROOT,
                        "<= 1.1 GB at 100,000 articles; %.2f GB scaled to 100,000", scaled));
    }

    /** One verdict line a script can read: {@code target <name>: <value> <unit> (floor <value>, ratio <r>) met}. */
    static void target(String name, String value, String unit, String floor, double ratio, boolean met, String goal) {
        System.out.printf(Locale.ROOT, "target %s: %s %s (floor %s, ratio %s) %s   [%s]%n", name, value, unit, floor,
                Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f", ratio), met ? "met" : "missed", goal);
    }

    private static String pragmas(Connection c) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Statement st = c.createStatement()) {
            for (String p : List.of("page_size", "cache_size", "mmap_size", "journal_mode", "synchronous")) {
                try (ResultSet rs = st.executeQuery("PRAGMA " + p)) {
                    sb.append(p).append('=').append(rs.next() ? rs.getString(1) : "?").append(' ');
                }
            }
        }
        return sb.toString().trim();
    }

    /** Space per table and index, largest first, when this SQLite has the dbstat table. */
    private static String breakdown(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8")) {
            Map<String, Long> sizes = new LinkedHashMap<>();
            while (rs.next()) {
                sizes.put(rs.getString(1), rs.getLong(2));
            }
            return String.join(", ", sizes.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue() / 1e6)).toList());
        } catch (SQLException e) {
            return "";
        }
    }

    /** CPU time of the whole process (every thread, GC included), in ns. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The 1, 5 and 15 minute load averages (Linux), so a reader can tell a busy machine's figures. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static long sizeOf(Path file) {
        return Stream.of("", "-wal").map(s -> Path.of(file + s)).filter(Files::exists).mapToLong(p -> {
            try {
                return Files.size(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
    }
}
