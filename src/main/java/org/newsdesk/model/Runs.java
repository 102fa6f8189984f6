package org.newsdesk.model;

import java.util.ArrayList;
import java.util.List;

/** The one normal form of a list of runs: adjacent runs of the same style merged, empty runs dropped. */
final class Runs {
    private Runs() {
    }

    static List<TextRun> normalise(List<TextRun> input) {
        List<TextRun> out = new ArrayList<>(input.size());
        for (TextRun run : input) {
            if (run.text().isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).sameStyleAs(run)) {
                TextRun last = out.remove(out.size() - 1);
                out.add(last.withText(last.text() + run.text()));
            } else {
                out.add(run);
            }
        }
        return List.copyOf(out);
    }
}
