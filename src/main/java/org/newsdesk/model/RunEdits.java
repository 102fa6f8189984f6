package org.newsdesk.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Edits of styled runs by plain-text means, for places edited as plain text (a table cell's editor): the text
 * before and after the change keeps its marks and links, and typed text takes the style of the character before
 * it, as typing in a word processor does.
 */
public final class RunEdits {
    private RunEdits() {
    }

    /** {@code runs} changed to read {@code newText}, styles kept where the text is unchanged. */
    public static List<TextRun> withText(List<TextRun> runs, String newText) {
        String old = text(runs);
        if (old.equals(newText)) {
            return runs;
        }
        int prefix = 0;
        int max = Math.min(old.length(), newText.length());
        while (prefix < max && old.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && old.charAt(old.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        String inserted = newText.substring(prefix, newText.length() - suffix);
        TextRun styleSource = styleAt(runs, prefix);
        List<TextRun> out = new ArrayList<>(slice(runs, 0, prefix));
        if (!inserted.isEmpty()) {
            out.add(styleSource == null ? TextRun.plain(inserted) : styleSource.withText(inserted));
        }
        out.addAll(slice(runs, old.length() - suffix, old.length()));
        return Runs.normalise(out);
    }

    /**
     * Characters {@code start} to {@code end} with {@code mark} added, or taken away when all of them have it
     * already. Superscript and subscript exclude each other.
     */
    public static List<TextRun> toggle(List<TextRun> runs, int start, int end, Mark mark) {
        if (end <= start) {
            return runs;
        }
        boolean all = slice(runs, start, end).stream().allMatch(r -> r.has(mark));
        List<TextRun> out = new ArrayList<>(slice(runs, 0, start));
        for (TextRun run : slice(runs, start, end)) {
            Set<Mark> marks = run.marks().isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(run.marks());
            if (all) {
                marks.remove(mark);
            } else {
                marks.add(mark);
                if (mark == Mark.SUPERSCRIPT) {
                    marks.remove(Mark.SUBSCRIPT);
                } else if (mark == Mark.SUBSCRIPT) {
                    marks.remove(Mark.SUPERSCRIPT);
                }
            }
            out.add(new TextRun(run.text(), marks, run.link()));
        }
        out.addAll(slice(runs, end, text(runs).length()));
        return Runs.normalise(out);
    }

    public static String text(List<TextRun> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    /** The runs covering characters {@code from} to {@code to}, cut at both ends. */
    static List<TextRun> slice(List<TextRun> runs, int from, int to) {
        List<TextRun> out = new ArrayList<>();
        int pos = 0;
        for (TextRun run : runs) {
            int s = Math.max(from, pos);
            int e = Math.min(to, pos + run.text().length());
            if (s < e) {
                out.add(run.withText(run.text().substring(s - pos, e - pos)));
            }
            pos += run.text().length();
        }
        return out;
    }

    /** The run a character typed at {@code offset} continues: the one before it, else the first. */
    private static TextRun styleAt(List<TextRun> runs, int offset) {
        int pos = 0;
        TextRun found = runs.isEmpty() ? null : runs.get(0);
        for (TextRun run : runs) {
            if (offset > pos) {
                found = run;
            }
            pos += run.text().length();
        }
        return found;
    }
}
