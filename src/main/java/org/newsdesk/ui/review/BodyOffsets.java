package org.newsdesk.ui.review;

import java.util.Arrays;
import java.util.List;
import org.newsdesk.model.Anchor;

/**
 * Converts between positions in the body editor's area and offsets in {@code Document.plainText()}, where comment
 * anchors live. The two texts differ in three ways: the area separates paragraphs with one character, plain text
 * with "\n\n"; plain text leaves empty paragraphs out entirely; and a line break inside a paragraph is U+2028 in
 * the area but '\n' in plain text (one character either way). A table's paragraph holds only its caption in the
 * area, while plain text goes on with its cells: offsets in the cells map to the caption's end. Pure, so it is
 * tested without a window.
 */
public final class BodyOffsets {
    private static final char LINE_SEPARATOR = '\u2028';
    private static final String BLOCK_GAP = "\n\n";

    private final int[] areaStart;
    private final int[] plainStart; // -1 for empty paragraphs, which plain text leaves out
    private final int[] length;
    private final int[] plainLength;
    private final String plainText;

    private BodyOffsets(List<String> paragraphs, List<String> tables) {
        int n = paragraphs.size();
        areaStart = new int[n];
        plainStart = new int[n];
        length = new int[n];
        plainLength = new int[n];
        StringBuilder plain = new StringBuilder();
        int area = 0;
        for (int i = 0; i < n; i++) {
            String text = paragraphs.get(i);
            String cells = tables == null ? null : tables.get(i);
            String own = text.replace(LINE_SEPARATOR, '\n');
            if (cells != null) {
                own = own.isEmpty() ? cells : own + "\n" + cells; // as Block.text() gives a table
            }
            areaStart[i] = area;
            length[i] = text.length();
            plainLength[i] = own.length();
            area += text.length() + 1;
            if (own.isEmpty()) {
                plainStart[i] = -1;
                continue;
            }
            if (!plain.isEmpty()) {
                plain.append(BLOCK_GAP);
            }
            plainStart[i] = plain.length();
            plain.append(own);
        }
        plainText = plain.toString();
    }

    /** From the area's paragraph texts, in order. */
    public static BodyOffsets of(List<String> paragraphs) {
        return new BodyOffsets(paragraphs, null);
    }

    /**
     * From the area's paragraph texts and, for each paragraph, the text of its table's cells ({@code Table.text()})
     * or null when it is no table.
     */
    public static BodyOffsets of(List<String> paragraphs, List<String> tables) {
        return new BodyOffsets(paragraphs, tables);
    }

    /** What {@code Document.plainText()} gives for the document the area holds. */
    public String plainText() {
        return plainText;
    }

    /**
     * The anchor for the area's characters {@code start} to {@code end}, without white space at its edges;
     * {@link Anchor#GENERAL} when the stretch holds no text.
     */
    public Anchor toAnchor(int start, int end) {
        int from = toPlain(Math.min(start, end), false);
        int to = toPlain(Math.max(start, end), true);
        return to > from ? new Anchor(from, to).trimmedIn(plainText) : Anchor.GENERAL;
    }

    /** The area's characters {@code [start, end]} that {@code anchor} covers, or null for a general or lost anchor. */
    public int[] toArea(Anchor anchor) {
        if (anchor.isGeneral() || anchor.end() > plainText.length()) {
            return null;
        }
        int start = toAreaOffset(anchor.start(), false);
        int end = toAreaOffset(anchor.end(), true);
        return end > start ? new int[] {start, end} : null;
    }

    /** Plain offset of an area position; in an empty paragraph the start of the next text, or the end of the last. */
    private int toPlain(int areaOffset, boolean isEnd) {
        int i = paragraphAt(areaOffset);
        if (i < 0) {
            return 0;
        }
        if (plainStart[i] >= 0) {
            return plainStart[i] + Math.min(areaOffset - areaStart[i], length[i]);
        }
        if (isEnd) {
            for (int k = i - 1; k >= 0; k--) {
                if (plainStart[k] >= 0) {
                    return plainStart[k] + length[k];
                }
            }
            return 0;
        }
        for (int k = i + 1; k < plainStart.length; k++) {
            if (plainStart[k] >= 0) {
                return plainStart[k];
            }
        }
        return plainText.length();
    }

    /** Area offset of a plain offset; one inside a paragraph gap goes to the next text (start) or the last (end). */
    private int toAreaOffset(int plain, boolean isEnd) {
        int last = -1;
        for (int i = 0; i < plainStart.length; i++) {
            if (plainStart[i] < 0) {
                continue;
            }
            if (plain < plainStart[i]) { // in the gap before paragraph i
                return isEnd && last >= 0 ? areaStart[last] + length[last] : areaStart[i];
            }
            if (plain <= plainStart[i] + plainLength[i]) {
                return areaStart[i] + Math.min(plain - plainStart[i], length[i]);
            }
            last = i;
        }
        return last < 0 ? 0 : areaStart[last] + length[last];
    }

    private int paragraphAt(int areaOffset) {
        int found = Arrays.binarySearch(areaStart, areaOffset);
        return found >= 0 ? found : -found - 2;
    }
}
