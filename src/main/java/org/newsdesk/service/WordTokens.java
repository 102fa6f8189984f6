package org.newsdesk.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the units a word diff compares: words (letters, digits and their combining marks, in
 * any script), runs of white space, and single other characters (punctuation). Joined back they give the
 * text exactly.
 */
final class WordTokens {
    private WordTokens() {
    }

    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int kind = kind(cp);
            int j = i + Character.charCount(cp);
            if (kind != OTHER) {
                while (j < text.length() && kind(text.codePointAt(j)) == kind) {
                    j += Character.charCount(text.codePointAt(j));
                }
            }
            tokens.add(text.substring(i, j));
            i = j;
        }
        return tokens;
    }

    private static final int WORD = 0;
    private static final int SPACE = 1;
    private static final int OTHER = 2;

    private static int kind(int cp) {
        if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
            return WORD;
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? SPACE : OTHER;
    }
}
