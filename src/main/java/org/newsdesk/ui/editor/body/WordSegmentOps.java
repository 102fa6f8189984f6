package org.newsdesk.ui.editor.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.TextOps;

/**
 * String segments that never join a word with the spaces around it, so every word (and every run of spaces)
 * becomes its own {@code Text} node.
 *
 * <p>Why: on JavaFX 21 a wrapped right-to-left {@code TextFlow} whose {@code Text} nodes span several lines draws
 * the last line again on every line (see shared/notes/arabic-on-javafx.md). With one node per word no node ever
 * spans a line break, and the paragraph is drawn right. Typing inside a word still joins the pieces back, because
 * joining two pieces of the same kind is allowed.
 */
public final class WordSegmentOps implements TextOps<String, TextStyle> {

    private final TextOps<String, TextStyle> strings = SegmentOps.styledTextOps();

    /** {@code text} cut where it changes between spaces and non-spaces: "a bc  d" gives "a", " ", "bc", "  ", "d". */
    public static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < text.length(); i++) {
            if (isSpace(text.charAt(i)) != isSpace(text.charAt(i - 1))) {
                out.add(text.substring(start, i));
                start = i;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c); // a no-break space is not a break, so it stays inside the word
    }

    @Override
    public Optional<String> joinSeg(String left, String right) {
        if (left.isEmpty()) {
            return Optional.of(right);
        }
        if (right.isEmpty() || isSpace(left.charAt(left.length() - 1)) == isSpace(right.charAt(0))) {
            return Optional.of(left + right);
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
