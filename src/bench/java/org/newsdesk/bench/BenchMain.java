package org.newsdesk.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of {@code mvn -Pbench verify -Dbench=NAME}: runs the benchmark named by the first argument and
 * hands it the remaining arguments. Add a benchmark by registering it in {@link #BENCHMARKS}.
 */
public final class BenchMain {

    /** One benchmark: prints its own report on standard output. */
    @FunctionalInterface
    public interface Benchmark {
        void run(List<String> args) throws Exception;
    }

    private static final Map<String, Benchmark> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("library", LibraryBenchmark::run);
        BENCHMARKS.put("relevance", ArabicRelevanceBenchmark::run);
        BENCHMARKS.put("migration", MigrationBenchmark::run);
        BENCHMARKS.put("export", args -> ExportBenchmark.main(args.toArray(String[]::new)));
        BENCHMARKS.put("editor", args -> EditorBenchmark.main(args.toArray(String[]::new)));
        BENCHMARKS.put("team", TeamBenchmark::run);
        BENCHMARKS.put("webpage", WebPageBenchmark::run);
        BENCHMARKS.put("translation", args -> TranslationBenchmark.main(args.toArray(String[]::new)));
        BENCHMARKS.put("spelling", SpellingBenchmark::run);
        BENCHMARKS.put("startup", StartupBenchmark::run);
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("all")) {
            System.exit(runAll(List.copyOf(Arrays.asList(args).subList(1, args.length))));
        }
        Benchmark benchmark = args.length == 0 ? null : BENCHMARKS.get(args[0]);
        if (benchmark == null) {
            System.err.println((args.length == 0 ? "No benchmark named." : "Unknown benchmark \"" + args[0] + "\".")
                    + " Usage: BenchMain <" + String.join("|", BENCHMARKS.keySet()) + "|all> [arguments]");
            System.exit(2);
        }
        benchmark.run(List.copyOf(Arrays.asList(args).subList(1, args.length)));
    }

    /**
     * Runs every benchmark in turn (one failing does not stop the others), then repeats every verdict line
     * ({@code target …}) together, with the time each took; exit code 1 if a benchmark failed.
     */
    private static int runAll(List<String> args) {
        java.io.PrintStream console = System.out;
        List<String> verdicts = new java.util.ArrayList<>();
        boolean failed = false;
        long all = System.nanoTime();
        for (Map.Entry<String, Benchmark> e : BENCHMARKS.entrySet()) {
            console.println();
            console.println("=== " + e.getKey() + " ===");
            long start = System.nanoTime();
            java.io.PrintStream tee = new java.io.PrintStream(new java.io.OutputStream() {
                private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

                @Override
                public void write(int b) {
                    console.write(b);
                    if (b == '\n') {
                        String text = line.toString(java.nio.charset.StandardCharsets.UTF_8);
                        if (text.startsWith("target ")) {
                            verdicts.add(text);
                        }
                        line.reset();
                    } else {
                        line.write(b);
                    }
                }
            }, true, java.nio.charset.StandardCharsets.UTF_8);
            System.setOut(tee);
            try {
                e.getValue().run(args);
            } catch (Exception | Error ex) {
                failed = true;
                verdicts.add("target " + e.getKey() + ": did not finish (" + ex + ") missed");
                ex.printStackTrace();
            } finally {
                tee.flush();
                System.setOut(console);
            }
            console.printf(java.util.Locale.ROOT, "=== %s: %.0f s ===%n", e.getKey(), (System.nanoTime() - start) / 1e9);
        }
        console.println();
        console.printf(java.util.Locale.ROOT, "All benchmarks in %.1f min; verdicts:%n", (System.nanoTime() - all) / 60e9);
        verdicts.forEach(console::println);
        return failed ? 1 : 0;
    }
}
