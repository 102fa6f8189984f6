package org.newsdesk.bench;

import java.util.Arrays;
import java.util.Locale;

/** Timings of one kind of operation, in nanoseconds; percentiles by the nearest-rank method. */
final class Latencies {
    private long[] samples = new long[64];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    /** The sample added last, in milliseconds. */
    double lastMs() {
        return size == 0 ? Double.NaN : samples[size - 1] / 1e6;
    }

    int count() {
        return size;
    }

    /** The p-th percentile (0 < p <= 100) in milliseconds. */
    double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    double p50() {
        return percentileMs(50);
    }

    double p95() {
        return percentileMs(95);
    }

    double p99() {
        return percentileMs(99);
    }

    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v < 10 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
