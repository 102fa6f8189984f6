package org.newsdesk.spelling;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a paragraph into the words a speller should look at: ICU's word boundaries, minus what no dictionary
 * holds (numbers, web addresses, e-mail addresses), with French elisions (l', d', qu'…) and English possessives
 * ('s) taken off so that "l’éducation" is checked as "éducation".
 */
final class Words {

    private static final List<String> ELISIONS = List.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
            "lorsqu", "puisqu", "quoiqu");

    private Words() {
    }

    static List<WordSpan> of(String text, String language) {
        List<WordSpan> words = new ArrayList<>();
        BreakIterator it = BreakIterator.getWordInstance(Locale.forLanguageTag(language));
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() < BreakIterator.WORD_LETTER) {
                continue; // spaces, punctuation, numbers
            }
            if (partOfAddress(text, start, end)) {
                continue;
            }
            add(words, text, start, end, language);
        }
        return words;
    }

    private static void add(List<WordSpan> words, String text, int start, int end, String language) {
        String word = text.substring(start, end);
        if (hasDigit(word)) {
            return;
        }
        int apostrophe = indexOfApostrophe(word);
        if (apostrophe > 0 && language.startsWith("fr")
                && ELISIONS.contains(word.substring(0, apostrophe).toLowerCase(Locale.ROOT))) {
            start += apostrophe + 1;
            word = word.substring(apostrophe + 1);
        } else if (apostrophe > 0 && language.startsWith("en") && apostrophe == word.length() - 2
                && Character.toLowerCase(word.charAt(word.length() - 1)) == 's') {
            end -= 2;
            word = word.substring(0, apostrophe);
        }
        if (!word.isEmpty()) {
            words.add(new WordSpan(start, end, word));
        }
    }

    private static int indexOfApostrophe(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\'' || c == '\u2019') {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    /** Inside a run of non-space characters that looks like a web or e-mail address. */
    private static boolean partOfAddress(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        String chunk = text.substring(from, to).toLowerCase(Locale.ROOT);
        return chunk.contains("://") || chunk.startsWith("www.") || chunk.contains("@") && chunk.indexOf('.') > 0;
    }
}
