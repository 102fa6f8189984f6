package org.newsdesk.ui.editor.body;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;

/**
 * The style of a stretch of text in the area: its marks and its link. Immutable and compared by value, so equal
 * neighbours merge into one span.
 *
 * @param marks never null, unmodifiable
 * @param link  the link target, or null
 */
public record TextStyle(Set<Mark> marks, String link) {

    public static final TextStyle PLAIN = new TextStyle(Set.of(), null);

    public TextStyle {
        marks = marks == null || marks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(marks));
        if (link != null && link.isBlank()) {
            link = null;
        }
    }

    public static TextStyle of(TextRun run) {
        return new TextStyle(run.marks(), run.link());
    }

    public TextRun toRun(String text) {
        return new TextRun(text, marks, link);
    }

    public boolean has(Mark mark) {
        return marks.contains(mark);
    }

    /** With {@code mark} added; superscript and subscript exclude each other. */
    public TextStyle with(Mark mark) {
        EnumSet<Mark> next = copy();
        next.add(mark);
        if (mark == Mark.SUPERSCRIPT) {
            next.remove(Mark.SUBSCRIPT);
        } else if (mark == Mark.SUBSCRIPT) {
            next.remove(Mark.SUPERSCRIPT);
        }
        return new TextStyle(next, link);
    }

    public TextStyle without(Mark mark) {
        EnumSet<Mark> next = copy();
        next.remove(mark);
        return new TextStyle(next, link);
    }

    public TextStyle withMarks(Set<Mark> newMarks) {
        return new TextStyle(newMarks, link);
    }

    public TextStyle withLink(String href) {
        return new TextStyle(marks, href);
    }

    private EnumSet<Mark> copy() {
        return marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
    }
}
