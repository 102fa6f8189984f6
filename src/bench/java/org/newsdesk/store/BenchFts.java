package org.newsdesk.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the library benchmark the floor's query and the store's internals it compares against. Benchmark code
 * only (src/bench).
 */
public final class BenchFts {
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private BenchFts() {
    }

    /**
     * The MATCH a bare FTS5 table gets for what a person typed: the words as typed, each a quoted prefix term (what
     * Newsdesk did before it folded Arabic and French), no folding beyond the tokenizer's.
     */
    public static String bareMatch(String userText) {
        String text = Normalizer.normalize(userText == null ? "" : userText, Normalizer.Form.NFC);
        List<String> terms = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                List<String> words = words(m.group(1));
                if (!words.isEmpty()) {
                    terms.add(FtsQuery.quote(String.join(" ", words)));
                }
            } else {
                for (String word : words(m.group(2))) {
                    terms.add(word.codePointCount(0, word.length()) > 1 ? FtsQuery.quote(word) + "*" : FtsQuery.quote(word));
                }
            }
        }
        return String.join(" AND ", terms);
    }

    /** The MATCH Newsdesk builds for the same text. */
    public static String match(String userText) {
        return FtsQuery.from(userText);
    }

    /** The text Newsdesk's index is fed for {@code text}. */
    public static String indexText(String text) {
        return SearchText.indexText(text);
    }

    /** Lucene's ArabicAnalyzer stem of an Arabic word, by Newsdesk's own rules. */
    public static String arabicStem(String word) {
        return ArabicFolding.stem(word);
    }

    /** The separator the store puts between tag names in its tags column. */
    public static String tagSeparator() {
        return ArticleStore.TAG_SEPARATOR;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words.add(w.group());
        }
        return words;
    }
}
