package org.newsdesk.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Words as the search index sees them. The index is fed text already folded here, and FTS5's unicode61
 * tokenizer (case and Latin accents, {@code remove_diacritics 2}) does the rest; queries and snippets cut and
 * fold words the same way, so what is typed, what is indexed and what is highlighted agree.
 *
 * <p>A word is a run of letters, digits and combining marks. Arabic words are normalised and lose their attached
 * article or conjunction ({@link ArabicFolding}); a French elided article before an apostrophe (l’, d’, qu’…,
 * typographic or straight) is dropped, so "l’éducation" is indexed as "éducation".
 */
final class SearchText {
    /** Lucene's French elisions (ElisionFilter's defaults). */
    private static final Set<String> ELISIONS = Set.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu",
            "lorsqu", "puisqu");

    private SearchText() {
    }

    /** Receives the words of a text, in order, with their place in it. */
    interface WordSink {
        void word(String text, int start, int end);
    }

    static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.PRIVATE_USE
                || cp == '\u0640'; // tatweel stretches a word, it does not end it
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
    }

    /** Calls {@code sink} for each word of {@code text}, elided articles left out. */
    static void words(String text, WordSink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            // "l’éducation": the letters before the apostrophe are an elided article, the word follows it
            if (i + 1 < n && isApostrophe(text.charAt(i)) && isWordChar(text.codePointAt(i + 1))
                    && i - start <= 7 && ELISIONS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                i++;
                continue;
            }
            sink.word(text.substring(start, i), start, i);
        }
    }

    /** The text the index is fed for {@code text}: its words in index form, separated by spaces. */
    static String indexText(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        words(text, (word, start, end) -> {
            String form = indexForm(word);
            if (!form.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(form);
            }
        });
        return out.toString();
    }

    /**
     * One word in the form the index keeps: Arabic normalised with its prefix stemmed, digits in ASCII, anything
     * else as written (the tokenizer folds case and accents itself).
     */
    static String indexForm(String word) {
        return needsFolding(word) ? ArabicFolding.indexForm(word) : word;
    }

    /**
     * The word as the tokenizer's folding leaves it (lower case, no accents, Arabic normalised): what snippets
     * compare with the query's forms.
     */
    static String fold(String word) {
        String w = needsFolding(word) ? ArabicFolding.normalise(word) : word;
        boolean plain = true; // ASCII or Arabic letters (normalised: no marks left): nothing to decompose
        for (int i = 0; i < w.length() && plain; i++) {
            char c = w.charAt(i);
            plain = c < 0x80 || (c >= '\u0621' && c <= '\u064A');
        }
        if (!plain) {
            w = Normalizer.normalize(w, Normalizer.Form.NFD);
            StringBuilder sb = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    sb.append(c);
                }
            }
            w = sb.toString();
        }
        return w.toLowerCase(Locale.ROOT);
    }

    /** A word of a text in the form its index token has after the tokenizer's folding: what snippets compare. */
    static String matchForm(String word) {
        return needsFolding(word) ? fold(ArabicFolding.indexForm(word)) : fold(word);
    }

    /** Arabic letters or marks, or Arabic-Indic digits. */
    private static boolean needsFolding(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (ArabicFolding.isArabic(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
