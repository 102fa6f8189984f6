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
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Benchmark benchmark = args.length == 0 ? null : BENCHMARKS.get(args[0]);
        if (benchmark == null) {
            System.err.println((args.length == 0 ? "No benchmark named." : "Unknown benchmark \"" + args[0] + "\".")
                    + " Usage: BenchMain <" + String.join("|", BENCHMARKS.keySet()) + "> [arguments]");
            System.exit(2);
        }
        benchmark.run(List.copyOf(Arrays.asList(args).subList(1, args.length)));
    }
}
