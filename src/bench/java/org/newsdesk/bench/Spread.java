package org.newsdesk.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** One figure over the repeats of a benchmark: its median and its range. */
record Spread(double median, double min, double max) {

    static <T> Spread of(List<T> repeats, ToDoubleFunction<T> figure) {
        double[] values = repeats.stream().mapToDouble(figure).sorted().toArray();
        int n = values.length;
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        return new Spread(median, values[0], values[n - 1]);
    }

    /** "12.3 (11.0–14.2)", or just the median when the range is a single value. */
    @Override
    public String toString() {
        return min == max ? format(median) : format(median) + " (" + format(min) + "–" + format(max) + ")";
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return Math.abs(v) < 10 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
