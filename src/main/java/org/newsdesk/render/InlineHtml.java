package org.newsdesk.render;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;

/**
 * Renders the runs of one block as inline HTML. Tags shared by neighbouring runs stay open across
 * them, so "<strong>bold <em>and italic</em></strong>" does not come out as two separate strong elements.
 * The link is always the outermost tag, then marks in {@link Mark} order: a fixed order keeps output
 * deterministic and nesting valid.
 */
final class InlineHtml {

    private InlineHtml() {
    }

    static String render(List<TextRun> runs) {
        return render(runs, null);
    }

    /** @param notes gives the first link to a note its id, so the note can link back; null for none */
    static String render(List<TextRun> runs, NoteAnchors notes) {
        StringBuilder out = new StringBuilder();
        List<Tag> open = new ArrayList<>();
        for (TextRun run : runs) {
            List<Tag> wanted = tagsFor(run);
            int keep = commonPrefix(open, wanted);
            closeDownTo(open, keep, out);
            for (Tag tag : wanted.subList(keep, wanted.size())) {
                String id = tag.href() == null || notes == null ? null : notes.referenceId(tag.href());
                out.append(id == null ? tag.open() : tag.open().replace(">", " id=\"" + id + "\">"));
                open.add(tag);
            }
            appendText(run.text(), out);
        }
        closeDownTo(open, 0, out);
        return out.toString();
    }

    /** Escaped text, with line breaks inside a block (Shift+Enter in the editor) as {@code <br>}. */
    static void appendText(String text, StringBuilder out) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br>");
            }
            HtmlText.escapeTo(lines[i], out);
        }
    }

    private static List<Tag> tagsFor(TextRun run) {
        List<Tag> tags = new ArrayList<>();
        SafeUrls.link(run.link()).ifPresent(href -> tags.add(Tag.link(href)));
        for (Mark mark : Mark.values()) {
            if (run.has(mark)) {
                tags.add(Tag.element(elementFor(mark)));
            }
        }
        return tags;
    }

    static String elementFor(Mark mark) {
        return switch (mark) {
            case BOLD -> "strong";
            case ITALIC -> "em";
            case UNDERLINE -> "u";
            case STRIKETHROUGH -> "s";
            case SUPERSCRIPT -> "sup";
            case SUBSCRIPT -> "sub";
        };
    }

    private static int commonPrefix(List<Tag> a, List<Tag> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }

    private static void closeDownTo(List<Tag> open, int size, StringBuilder out) {
        while (open.size() > size) {
            out.append(open.remove(open.size() - 1).close());
        }
    }

    private record Tag(String open, String close, String href) {
        static Tag element(String name) {
            return new Tag("<" + name + ">", "</" + name + ">", null);
        }

        static Tag link(String href) {
            return new Tag("<a href=\"" + HtmlText.escape(href) + "\">", "</a>", href);
        }
    }
}
