package org.newsdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Footnotes and endnotes in a body, kept with nothing but blocks and links so that every layer (store, editor,
 * renderer, Markdown, ninjs) keeps them as it keeps any text: the reference is a superscript number linking to
 * {@code #note-N}; the notes are a "Notes" heading at the end and a numbered list whose item N ends with a link
 * back to {@code #note-ref-N}. The page renderer gives both ends their ids.
 */
public final class Notes {
    private static final Map<String, String> TITLES = Map.of("en", "Notes", "fr", "Notes", "ar", "ملاحظات",
            "es", "Notas", "de", "Anmerkungen", "pt", "Notas", "it", "Note", "ru", "Примечания", "zh", "注释");
    /** The back link's text: the arrow readers know from the web's notes. */
    public static final String BACK = "↩";

    private Notes() {
    }

    public static String referenceTarget(int number) {
        return "#note-" + number;
    }

    public static String backTarget(int number) {
        return "#note-ref-" + number;
    }

    /** The reference to note {@code number} as it stands in the text. */
    public static TextRun reference(int number) {
        return new TextRun(Integer.toString(number), Set.of(Mark.SUPERSCRIPT), referenceTarget(number));
    }

    /** "Notes" in the article's language (English when there is no word for it here). */
    public static String title(Language language) {
        return TITLES.getOrDefault(language == null ? "en" : language.primary(), "Notes");
    }

    /**
     * The heading and numbered list that end a body with notes: note {@code i} (from 1) has the text of
     * {@code notes.get(i - 1)} and a link back to its reference.
     */
    public static List<Block> section(Language language, List<List<TextRun>> notes, Direction direction) {
        List<Block> blocks = new ArrayList<>();
        if (notes.isEmpty()) {
            return blocks;
        }
        blocks.add(new Block(BlockType.HEADING, Block.MIN_HEADING, direction, List.of(TextRun.plain(title(language))), null));
        for (int i = 0; i < notes.size(); i++) {
            List<TextRun> runs = new ArrayList<>(notes.get(i));
            runs.add(TextRun.plain(" "));
            runs.add(TextRun.link(BACK, backTarget(i + 1)));
            blocks.add(new Block(BlockType.NUMBERED_ITEM, 0, direction, runs, null));
        }
        return blocks;
    }
}
