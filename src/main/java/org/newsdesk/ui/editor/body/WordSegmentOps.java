package org.newsdesk.ui.editor.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.TextOps;

/**
 * String segments that keep every right-to-left word, with the spaces after it, a piece of its own, so every Arabic
 * word becomes its own {@code Text} node, while left-to-right text stays in long runs.
 *
 * <p>Why: on JavaFX 21 a wrapped right-to-left {@code TextFlow} in which a {@code Text} node holding right-to-left
 * characters spans a line break draws the last line again on every line (shared/notes/arabic-on-javafx.md; fixed
 * upstream by the JavaFX 22 text-layout rework). Lines break after spaces, so a piece that ends with its spaces
 * ("word ") never spans a break, and no piece holding right-to-left text has a space followed by more text.
 * Measured here: a {@code Text} node of English words spanning lines, even in a right-to-left paragraph, is
 * drawn right (ArabicWrappingTest), so English and French prose keeps one node per run of words. That matters for
 * speed: a keystroke rebuilds the nodes of its paragraph, and each node costs CSS, layout and RichTextFX's line
 * count (EditorBenchmark): one run of English costs under 1 ms; ~85 "word " pieces half what ~170 separate words
 * and spaces cost. Typing joins pieces exactly as {@link #pieces} cuts, because {@link #joinSeg} allows a join
 * only when the result is a piece {@link #pieces} could have made.
 *
 * <p>Inside an Arabic word, the characters "Noto Sans Arabic" lacks (brackets, ?, ", ; and Latin letters: see
 * {@link EditorFonts#arabicFontHas}) are cut off too, so that "(اليونسكو)" draws its brackets as a node of their
 * own in "Noto Sans" ({@link SegmentLook}) and not in whatever font the system falls back to.
 */
public final class WordSegmentOps implements TextOps<String, TextStyle> {

    private final TextOps<String, TextStyle> strings = SegmentOps.styledTextOps();

    /**
     * {@code text} cut as {@link #joinSeg} would keep it apart: into words (characters of one {@link #kind}) each
     * with the spaces after it, then every run of such words without right-to-left text joined again. "a bc" stays
     * whole; "قال  John Smith إن" gives "قال  ", "John Smith ", "إن"; "(اليونسكو) " gives "(", "اليونسكو", ") ".
     */
    public static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            boolean wordEnds = i == text.length()
                    || !isSpace(text.charAt(i)) && (isSpace(text.charAt(i - 1)) || kind(text.charAt(i)) != kind(text.charAt(i - 1)));
            if (wordEnds) {
                String word = text.substring(start, i);
                int last = pieces.size() - 1;
                if (last >= 0 && !hasRightToLeft(pieces.get(last)) && !hasRightToLeft(word)) {
                    pieces.set(last, pieces.get(last) + word);
                } else {
                    pieces.add(word);
                }
                start = i;
            }
        }
        if (pieces.isEmpty()) {
            pieces.add(text);
        }
        return pieces;
    }

    /** Whether {@code text} is one word and the spaces after it: characters of one kind, then only spaces. */
    private static boolean isWord(String text) {
        int kind = -1;
        boolean spaces = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                spaces = true;
            } else if (spaces || kind != -1 && kind(c) != kind) {
                return false;
            } else {
                kind = kind(c);
            }
        }
        return true;
    }

    /** Whether {@code text} holds a strong right-to-left character (Arabic, Hebrew, Syriac, Thaana, N'Ko…). */
    static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte direction = Character.getDirectionality(text.charAt(i));
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c); // a no-break space is not a break, so it stays inside the word
    }

    /**
     * 0: a space; 1: a character the Arabic font draws (or any Arabic letter, so a word is never cut between its
     * joining letters); 2: one it lacks. A piece with right-to-left text holds one kind, then spaces.
     */
    private static int kind(char c) {
        return isSpace(c) ? 0
                : EditorFonts.arabicFontHas(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC ? 1 : 2;
    }

    @Override
    public Optional<String> joinSeg(String left, String right) {
        if (left.isEmpty()) {
            return Optional.of(right);
        }
        String joined = left + right;
        if (right.isEmpty() || !hasRightToLeft(left) && !hasRightToLeft(right) || isWord(joined)) {
            return Optional.of(joined);
        }
        return Optional.empty();
    }

    @Override
    public Optional<TextStyle> joinStyle(TextStyle left, TextStyle right) {
        return Objects.equals(left, right) ? Optional.of(left) : Optional.empty();
    }

    @Override
    public String create(String text) {
        return text;
    }

    @Override
    public int length(String seg) {
        return seg.length();
    }

    @Override
    public char charAt(String seg, int index) {
        return seg.charAt(index);
    }

    @Override
    public String getText(String seg) {
        return seg;
    }

    @Override
    public String subSequence(String seg, int start, int end) {
        return strings.subSequence(seg, start, end);
    }

    @Override
    public String subSequence(String seg, int start) {
        return strings.subSequence(seg, start);
    }

    @Override
    public String createEmptySeg() {
        return "";
    }
}
