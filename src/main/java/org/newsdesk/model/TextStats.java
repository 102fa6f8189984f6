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
        if (eachCharIsACluster(text)) {
            return text.length(); // the common case, and a BreakIterator costs much of a ninjs export's time
        }
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /**
     * True when no two chars of the text can form one cluster: all are printable and below U+0300, where
     * combining marks begin (so no marks, joiners, surrogates or CR LF pairs).
     */
    private static boolean eachCharIsACluster(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x300 || (c >= 0x7F && c < 0xA0)) {
                return false;
            }
        }
        return true;
    }
}
