package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.newsdesk.importer.ImportedArticle;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.service.Library;

/**
 * {@code mvn -B -Pbench verify -Dbench=startup}: time from a process's start to its window shown, as a person
 * sees it (Xvfb, {@code xdotool search --onlyvisible}, see {@link WindowStopwatch}), for
 * <ul>
 *   <li>the floor: {@link BareWindow} (a menu bar, a list and a RichTextFX area) started from its own jar,
 *       {@code java -jar bare-window.jar}, with the same JDK;</li>
 *   <li>{@code java -jar target/newsdesk.jar}, on its default library (the three samples), and on a library of
 *       100,000 articles ({@code --library}; made once from {@link SyntheticCorpus} and kept in target/bench);</li>
 *   <li>when Newsdesk is installed (the .deb: {@code /opt/newsdesk/bin/Newsdesk}), its launcher with the
 *       class-data-sharing archive the package made, on both libraries, and without the archive for the record.</li>
 * </ul>
 * All alternate in one run, the order rotating each round, after one warm-up start each (file cache). Each library
 * has a home folder that has seen Newsdesk's first start (profile saved), since Newsdesk reopens the library it
 * showed last. "Shown" is the window on screen; "filled" is its title naming an open article and the library
 * (not waited for with the big library: opening it takes a minute or more on a busy 2-core machine, which would
 * make a run take the better part of an hour; the targets are on "shown").
 * Arguments: [repeats (default 5)] [launcher (default /opt/newsdesk/bin/Newsdesk)]; -Dbench.articles sets the big
 * library's size (the bench profile's default is 100,000).
 */
public final class StartupBenchmark {
    private static final String NEWSDESK_TITLE = "^Newsdesk";
    private static final int TIMEOUT_SECONDS = 300;
    private static final int BATCH = 1_000;

    private StartupBenchmark() {
    }

    public static void run(List<String> args) throws Exception {
        int repeats = args.isEmpty() ? 5 : Integer.parseInt(args.get(0));
        Path launcher = Path.of(args.size() > 1 ? args.get(1) : "/opt/newsdesk/bin/Newsdesk");
        int articles = Integer.parseInt(System.getProperty("bench.articles", "100000").replace("_", ""));
        Path newsdeskJar = Path.of("target", "newsdesk.jar").toAbsolutePath();
        if (!Files.isRegularFile(newsdeskJar)) {
            throw new IllegalStateException(newsdeskJar + " is missing: mvn -Pbench verify builds it first.");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path bareJar = BareWindowJar.build(Path.of("target", "bench", "bare-window.jar")).toAbsolutePath();
        Path big = bigLibrary(articles);
        boolean installed = Files.isExecutable(launcher);
        System.out.printf(Locale.ROOT, "Start-up benchmark: %d rounds; JDK %s; %d cores; %s; load before %s (1, 5, 15 min)%n",
                repeats, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), LoadAverage.now());
        System.out.println(installed ? "Installed app: " + launcher
                : "Installed app: none at " + launcher + " (mvn -B -Ppackage package, then apt-get install "
                + "./target/installer/newsdesk_*.deb, to time it too)");

        Path samplesHome = Files.createTempDirectory("newsdesk-startup-home");
        Path bigHome = Files.createTempDirectory("newsdesk-startup-big-home");
        String samplesFilled = "^Newsdesk — .+ — library\\.newsdesk$";
        String bigName = String.format(Locale.ROOT, "%,d articles", articles);

        List<Timed> programs = new ArrayList<>();
        Timed floor = new Timed(new WindowStopwatch.Program("bare window, own jar (floor)",
                List.of(java, "-jar", bareJar.toString()), Map.of(), "^" + BareWindow.TITLE + "$", null), samplesHome);
        Timed jar = new Timed(new WindowStopwatch.Program("Newsdesk jar, samples library",
                List.of(java, "-jar", newsdeskJar.toString()), Map.of(), NEWSDESK_TITLE, samplesFilled), samplesHome);
        Timed jarBig = new Timed(new WindowStopwatch.Program("Newsdesk jar, " + bigName,
                List.of(java, "-jar", newsdeskJar.toString(), "--library", big.toString()), Map.of(), NEWSDESK_TITLE,
                null), bigHome);
        programs.addAll(List.of(floor, jar, jarBig));
        Timed app = null;
        Timed appBig = null;
        if (installed) {
            Path appDir = launcher.getParent().getParent().resolve("lib/app");
            app = new Timed(new WindowStopwatch.Program("Newsdesk installed (launcher, CDS archive), samples library",
                    List.of(launcher.toString()), Map.of(), NEWSDESK_TITLE, samplesFilled), samplesHome);
            appBig = new Timed(new WindowStopwatch.Program("Newsdesk installed (launcher, CDS archive), " + bigName,
                    List.of(launcher.toString(), "--library", big.toString()), Map.of(), NEWSDESK_TITLE, null), bigHome);
            List<String> noCds = new ArrayList<>(List.of(appDir.getParent().resolve("runtime/bin/java").toString(), "-Xshare:off"));
            noCds.addAll(launcherOptions(appDir));
            noCds.addAll(List.of("-cp", appDir.resolve("newsdesk.jar").toString(), "org.newsdesk.Main"));
            Timed appNoCds = new Timed(new WindowStopwatch.Program("Newsdesk installed, -Xshare:off, samples library",
                    noCds, Map.of(), NEWSDESK_TITLE, samplesFilled), samplesHome);
            programs.addAll(List.of(app, appBig, appNoCds));
        }

        Map<Timed, List<WindowStopwatch.Times>> seconds = new LinkedHashMap<>();
        programs.forEach(p -> seconds.put(p, new ArrayList<>()));
        long started = System.nanoTime();
        try (WindowStopwatch stopwatch = WindowStopwatch.start()) {
            stopwatch.firstStart(jar.program(), samplesHome);
            stopwatch.firstStart(jar.program(), bigHome); // the profile; the big library is always named

            for (Timed p : programs) { // warms the file cache; not counted
                stopwatch.timeToWindow(p.program(), p.home(), TIMEOUT_SECONDS);
            }
            for (int round = 0; round < repeats; round++) {
                for (int i = 0; i < programs.size(); i++) {
                    Timed p = programs.get((i + round) % programs.size());
                    seconds.get(p).add(stopwatch.timeToWindow(p.program(), p.home(), TIMEOUT_SECONDS));
                    Thread.sleep(1_000);
                }
                System.out.printf("  round %d of %d done%n", round + 1, repeats);
            }
        } finally {
            deleteTree(samplesHome);
            deleteTree(bigHome);
        }
        System.out.printf(Locale.ROOT, "Load after: %s (1, 5, 15 min); %.0f s in all%n", LoadAverage.now(),
                (System.nanoTime() - started) / 1e9);
        System.out.printf("%nStart to window (xdotool), %d rounds alternated, seconds, median (range). Shown: the "
                + "window is on screen; filled: the library is open and an article in the editor.%n%n"
                + "| program | shown | ratio to floor | filled |%n|---|---|---|---|%n", repeats);
        Map<Timed, Spread> shown = new LinkedHashMap<>();
        seconds.forEach((p, t) -> shown.put(p, Spread.of(t, WindowStopwatch.Times::shown)));
        double floorMedian = shown.get(floor).median();
        seconds.forEach((p, t) -> System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %s |%n", p.program().name(),
                shown.get(p), shown.get(p).median() / floorMedian, p.program().filledTitleRegex() == null ? "not waited for"
                        : Spread.of(t, WindowStopwatch.Times::filled)));

        Targets targets = new Targets();
        targets.atMost("jar-start", "s", shown.get(jar).median(), floorMedian, 1.3 * floorMedian,
                "java -jar newsdesk.jar shows its window within 1.3× the bare window's time");
        targets.atMost("jar-start-" + articles, "s", shown.get(jarBig).median(), floorMedian, 1.3 * floorMedian,
                "the same with a library of " + bigName);
        if (installed) {
            targets.atMost("installed-start", "s", shown.get(app).median(), floorMedian, floorMedian,
                    "the installed app, CDS archive and all, shows its window no later than the bare window's jar");
            targets.atMost("installed-start-" + articles, "s", shown.get(appBig).median(), floorMedian, floorMedian,
                    "the same with a library of " + bigName);
        } else {
            System.out.println("\n(installed-start not measured: Newsdesk is not installed here)");
        }
        System.out.println();
        targets.print();
    }

    /** A program and the home folder it starts in. */
    private record Timed(WindowStopwatch.Program program, Path home) {
    }

    /**
     * The big library, made once through the real import path (a few minutes for 100,000 articles) and kept in
     * target/bench, so later runs start at once; made under a temporary name so a run stopped halfway leaves none.
     */
    private static Path bigLibrary(int articles) throws IOException {
        Path file = Path.of("target", "bench", "startup-" + articles + ".newsdesk").toAbsolutePath();
        if (Files.isRegularFile(file)) {
            System.out.println("Library of " + articles + " articles: " + file + " (made by an earlier run)");
            return file;
        }
        Files.createDirectories(file.getParent());
        Path making = file.resolveSibling("making-" + file.getFileName());
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(Path.of(making + suffix));
        }
        long t = System.nanoTime();
        SyntheticCorpus corpus = new SyntheticCorpus(articles);
        try (Library library = Library.open(making, Clock.systemUTC(), () -> new User("Benchmark", Role.EDITOR))) {
            for (int next = 0; next < articles; next += BATCH) {
                List<ImportedArticle> batch = new ArrayList<>();
                for (int k = next; k < Math.min(articles, next + BATCH); k++) {
                    batch.add(new ImportedArticle(corpus.article(k), true));
                }
                library.imports().importArticles(batch);
                int done = Math.min(articles, next + BATCH);
                if (done * 10L / articles > next * 10L / articles) { // each tenth
                    System.out.printf(Locale.ROOT, "  %,d of %,d articles%n", done, articles);
                }
            }
        }
        Files.move(making, file, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf(Locale.ROOT, "Library of %,d articles made in %.0f s: %s (%d MB)%n", articles,
                (System.nanoTime() - t) / 1e9, file, Files.size(file) >> 20);
        return file;
    }

    /** The launcher's java-options from its .cfg, $APPDIR filled in, without the archive. */
    private static List<String> launcherOptions(Path appDir) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(appDir.resolve("Newsdesk.cfg"))) {
            if (line.startsWith("java-options=")) {
                String o = line.substring("java-options=".length()).replace("$APPDIR", appDir.toString());
                if (!o.startsWith("-XX:SharedArchiveFile") && !o.startsWith("-Xshare")) {
                    options.add(o);
                }
            }
        }
        return options;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
