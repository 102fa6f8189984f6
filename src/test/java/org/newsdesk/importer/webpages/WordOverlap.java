package org.newsdesk.importer.webpages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of an expected text another text holds, by words: recall (share of the expected words found), precision
 * (share of the found words that are expected), each word counted as often as it occurs. Also the token F1 of
 * Zyte's article-extraction benchmark (shingles of four words), so figures compare with its published table.
 */
record WordOverlap(double recall, double precision, int expectedWords, int foundWords) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    static WordOverlap of(String expected, String found) {
        return count(words(expected), words(found));
    }

    double f1() {
        return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
    }

    /** The benchmark's measure: shingles of four words, tp/fp/fn per page (its evaluate.py, re-done in Java). */
    static WordOverlap shingles(String expected, String found) {
        return count(shingles(casedWords(expected)), shingles(casedWords(found)));
    }

    static List<String> words(String text) {
        return casedWords(text == null ? "" : text.toLowerCase(Locale.ROOT));
    }

    /** The benchmark's tokens keep their case. */
    private static List<String> casedWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static List<String> shingles(List<String> words) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < Math.max(1, words.size() - 3); i++) {
            List<String> shingle = words.subList(i, Math.min(words.size(), i + 4));
            if (!shingle.isEmpty()) {
                result.add(String.join(" ", shingle));
            }
        }
        return result;
    }

    private static WordOverlap count(List<String> expected, List<String> found) {
        Map<String, Integer> want = new HashMap<>();
        expected.forEach(w -> want.merge(w, 1, Integer::sum));
        int matched = 0;
        for (String w : found) {
            Integer left = want.get(w);
            if (left != null && left > 0) {
                want.put(w, left - 1);
                matched++;
            }
        }
        // Nothing expected and nothing found is a perfect match, as in the benchmark's script.
        double recall = expected.isEmpty() ? (found.isEmpty() ? 1 : 0) : (double) matched / expected.size();
        double precision = found.isEmpty() ? (expected.isEmpty() ? 1 : 0) : (double) matched / found.size();
        return new WordOverlap(recall, precision, expected.size(), found.size());
    }
}
