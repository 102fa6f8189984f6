package org.newsdesk.spelling;

/** Arabic text as a dictionary stores it: without vowel marks (tashkeel) and without tatweel. */
final class ArabicLetters {

    private ArabicLetters() {
    }

    static String withoutMarks(String word) {
        StringBuilder sb = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean mark = c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
            if (mark && sb == null) {
                sb = new StringBuilder(word.length()).append(word, 0, i);
            } else if (!mark && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? word : sb.toString();
    }
}
