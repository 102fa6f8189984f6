package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.newsdesk.model.ArticleDiff;
import org.newsdesk.model.BlockDiff;
import org.newsdesk.model.DiffSegment;
import org.newsdesk.model.FieldChange;

/** Prints an {@link ArticleDiff} as a word diff people read in a terminal: [-deleted-]{+inserted+}. */
final class DiffPrinter {
    private final PrintWriter out;

    DiffPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(ArticleDiff diff) {
        out.println("--- " + diff.from());
        out.println("+++ " + diff.to());
        if (diff.isEmpty()) {
            out.println("(no changes)");
            return;
        }
        for (FieldChange field : diff.metadata()) {
            out.println(field.field() + ": " + words(field.segments()));
        }
        if (!diff.metadata().isEmpty()) {
            out.println();
        }
        for (BlockDiff block : diff.blocks()) {
            String text = words(block.segments());
            if (block.formattingOnly()) {
                text += "  (formatting changed)";
            }
            out.println(text);
            out.println();
        }
    }

    static String words(List<DiffSegment> segments) {
        StringBuilder sb = new StringBuilder();
        for (DiffSegment s : segments) {
            switch (s.kind()) {
                case EQUAL -> sb.append(s.text());
                case DELETED -> sb.append("[-").append(s.text()).append("-]");
                case INSERTED -> sb.append("{+").append(s.text()).append("+}");
            }
        }
        return sb.toString();
    }
}
