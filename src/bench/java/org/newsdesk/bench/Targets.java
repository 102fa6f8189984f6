package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verdicts a benchmark ends with, one line per target, in the form scripts read:
 * {@code target <name>: <value> <unit> (floor <value>, ratio <r>) met} or {@code ... missed}, followed by the rule.
 */
final class Targets {

    private final List<String> lines = new ArrayList<>();

    /** A target met when {@code value <= limit}; the floor is the bare component's figure from the same run. */
    void atMost(String name, String unit, double value, double floor, double limit, String rule) {
        lines.add(String.format(Locale.ROOT, "target %s: %s %s (floor %s, ratio %.2f) %s   [%s]", name,
                Spread.format(value), unit, Spread.format(floor), value / floor, value <= limit ? "met" : "missed", rule));
    }

    void print() {
        lines.forEach(System.out::println);
    }
}
