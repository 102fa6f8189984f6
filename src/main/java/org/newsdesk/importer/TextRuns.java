package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.TextRun;

/** Tidying of the runs an importer collected for one block. */
final class TextRuns {
    private TextRuns() {
    }

    /** Merges runs of one style and drops leading and trailing white space of the block, keeping the styles. */
    static List<TextRun> trim(List<TextRun> runs) {
        List<TextRun> out = new ArrayList<>(new Block(BlockType.PARAGRAPH, 0, Direction.AUTO, runs, null).runs());
        while (!out.isEmpty() && out.get(0).text().isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty()) {
            out.set(0, out.get(0).withText(out.get(0).text().stripLeading()));
            int last = out.size() - 1;
            out.set(last, out.get(last).withText(out.get(last).text().stripTrailing()));
        }
        return out;
    }

    static String text(List<TextRun> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(run -> sb.append(run.text()));
        return sb.toString();
    }
}
