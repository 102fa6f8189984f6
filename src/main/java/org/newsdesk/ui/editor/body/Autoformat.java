package org.newsdesk.ui.editor.body;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Mark;

/**
 * Markdown-style shortcuts applied just after a character is typed: "## " at the start of a paragraph makes a
 * heading, **word** makes it bold, and so on.
 *
 * <p>Each shortcut is one change of its own, kept apart from the typing before and after it, so Ctrl+Z right
 * after it brings back the typed characters and nothing more.
 */
final class Autoformat {

    private static final Map<String, ParStyle> BLOCK_PREFIXES = new LinkedHashMap<>();

    static {
        BLOCK_PREFIXES.put("## ", ParStyle.heading(2));
        BLOCK_PREFIXES.put("### ", ParStyle.heading(3));
        BLOCK_PREFIXES.put("#### ", ParStyle.heading(4));
        BLOCK_PREFIXES.put("- ", new ParStyle(BlockType.BULLET_ITEM, 0, null, null));
        BLOCK_PREFIXES.put("* ", new ParStyle(BlockType.BULLET_ITEM, 0, null, null));
        BLOCK_PREFIXES.put("1. ", new ParStyle(BlockType.NUMBERED_ITEM, 0, null, null));
        BLOCK_PREFIXES.put("> ", new ParStyle(BlockType.QUOTE, 0, null, null));
    }

    private static final Pattern BOLD = Pattern.compile("(?<![*\\\\])\\*\\*([^*\\s](?:[^*]*[^*\\s])?)\\*\\*$");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])_([^_\\s](?:[^_]*[^_\\s])?)_$");

    private final BodyArea area;

    Autoformat(BodyArea area) {
        this.area = area;
    }

    /** Looks at the text just typed; returns true when it formatted something. */
    boolean afterTyping(String typed) {
        return switch (typed) {
            case " " -> blockPrefix();
            case "*" -> inline(BOLD, Mark.BOLD, 2);
            case "_" -> inline(ITALIC, Mark.ITALIC, 1);
            default -> false;
        };
    }

    private boolean blockPrefix() {
        int index = area.getCurrentParagraph();
        Paragraph<ParStyle, String, TextStyle> paragraph = area.getParagraph(index);
        ParStyle current = paragraph.getParagraphStyle();
        if (current.type() != BlockType.PARAGRAPH) {
            return false;
        }
        String typedSoFar = paragraph.getText().substring(0, area.getCaretColumn());
        ParStyle target = BLOCK_PREFIXES.get(typedSoFar);
        if (target == null) {
            return false;
        }
        ParStyle style = target.withDirection(current.direction());
        int start = area.paragraphStart(index);
        int end = start + paragraph.length();
        ReadOnlyStyledDocument<ParStyle, String, TextStyle> rest = ReadOnlyStyledDocument
                .from(area.subDocument(start + typedSoFar.length(), end))
                .mapParagraphs(p -> p.setParagraphStyle(style));
        asOwnUndoStep(() -> {
            area.replace(start, end, rest);
            area.moveTo(start);
        });
        return true;
    }

    private boolean inline(Pattern pattern, Mark mark, int delimiter) {
        Paragraph<ParStyle, String, TextStyle> paragraph = area.currentParagraph();
        int column = area.getCaretColumn();
        Matcher m = pattern.matcher(paragraph.getText().substring(0, column));
        if (!m.find()) {
            return false;
        }
        int lineStart = area.getCaretPosition() - column;
        int from = lineStart + m.start();
        int to = lineStart + m.end();
        TextStyle before = m.start() == 0 ? paragraph.getStyleOfChar(0) : paragraph.getStyleOfChar(m.start() - 1);
        ReadOnlyStyledDocument<ParStyle, String, TextStyle> word = ReadOnlyStyledDocument
                .from(area.subDocument(from + delimiter, to - delimiter))
                .mapParagraphs(p -> p.restyle(0, p.getStyleSpans().mapStyles(s -> s.with(mark))));
        asOwnUndoStep(() -> area.replace(from, to, word));
        area.setTextInsertionStyle(before.without(mark)); // what follows the word is not bold any more
        return true;
    }

    private void asOwnUndoStep(Runnable change) {
        area.getUndoManager().preventMerge();
        change.run();
        area.getUndoManager().preventMerge();
    }
}
