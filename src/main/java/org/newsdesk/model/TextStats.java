package org.newsdesk.model;

import java.text.BreakIterator;

/** Word and reading-time counts for the status bar, exports and ninjs. */
public final class TextStats {
    /** Words a minute an average adult reads news prose. */
    private static final int WORDS_PER_MINUTE = 230;

    private TextStats() {
    }

    /** Counts words as runs of letters or digits, which works for English, French and Arabic alike. */
    public static int words(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || (inWord && (cp == '\'' || cp == '’' || cp == '-'));
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
            i += Character.charCount(cp);
        }
        return count;
    }

    /** Minutes to read, rounded up; zero only for empty text. */
    public static int readingMinutes(int words) {
        return words == 0 ? 0 : (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }

    /** Characters as a reader counts them (grapheme clusters), not UTF-16 units. */
    public static int characters(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
