package org.newsdesk.store;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.SearchHit;

/**
 * The excerpt shown under a search result: the original text (accents, hamza, harakat and all) around the best
 * place where the query's words occur, each matched word between {@link SearchHit#MATCH_START} and
 * {@link SearchHit#MATCH_END}. The index is fed folded text and keeps no copy of the original, so the excerpt is
 * cut here, comparing each word's folded form with the query's forms as FTS5 compares them, and it marks
 * "وأكّد" whole when "اكد" was typed.
 *
 * <p>Like FTS5's {@code snippet()}: up to {@value #WORDS} words; the window with the most different query terms
 * wins, then the one with most matches; "…" where the text goes on. The standfirst or body is preferred; the
 * headline (shown anyway) only when the words occur nowhere else; tags never.
 */
final class Snippets {
    static final int WORDS = 24;
    private static final String ELLIPSIS = "…";

    private final List<FtsQuery.Term> terms;
    private final int[] firstChars;

    Snippets(List<FtsQuery.Term> terms) {
        this.terms = terms;
        this.firstChars = terms.stream().flatMap(t -> java.util.stream.Stream.concat(t.prefixes().stream(), t.exact().stream()))
                .filter(f -> !f.isEmpty()).mapToInt(f -> f.codePointAt(0)).distinct().toArray();
    }

    /** The snippet for one article; empty when there are no terms. */
    String make(String headline, String standfirst, String body) {
        if (terms.isEmpty()) {
            return "";
        }
        Best best = null;
        for (String text : new String[] {standfirst, body}) {
            Best b = best(text);
            if (b != null && (best == null || b.score > best.score)) {
                best = b;
            }
            if (best != null && best.distinct == terms.size()) {
                break; // every term in one window: nothing can beat it but more repeats, which FTS5 barely weighs
            }
        }
        if (best == null) {
            best = best(headline);
        }
        if (best == null) {
            String text = standfirst == null || standfirst.isBlank() ? body : standfirst;
            return text == null ? "" : render(text, words(text), new int[0][], 0);
        }
        return render(best.text, best.words, best.hits, best.start);
    }

    /** A word's place in its text: [start, end) in chars. */
    private record Word(int start, int end, String text) {
    }

    private record Best(String text, List<Word> words, int[][] hits, int start, int score, int distinct) {
    }

    private Best best(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<Word> words = words(text);
        int[][] hits = new int[words.size()][];
        boolean any = false;
        String[] folded = new String[words.size()];
        for (int i = 0; i < words.size(); i++) {
            folded[i] = candidate(words.get(i).text()) ? SearchText.matchForm(words.get(i).text()) : null;
        }
        for (int t = 0; t < terms.size(); t++) {
            FtsQuery.Term term = terms.get(t);
            int span = term.phrase() ? term.exact().size() : 1;
            for (int i = 0; i + span <= words.size(); i++) {
                if (matches(term, folded, i)) {
                    for (int k = i; k < i + span; k++) {
                        hits[k] = add(hits[k], t);
                    }
                    any = true;
                }
            }
        }
        if (!any) {
            return null;
        }
        Best best = null;
        for (int i = 0; i < words.size(); i++) {
            if (hits[i] == null) {
                continue;
            }
            int start = Math.max(0, Math.min(i - 3, words.size() - WORDS)); // a few words of lead-in
            boolean[] seen = new boolean[terms.size()];
            int distinct = 0;
            int total = 0;
            for (int k = start; k < Math.min(words.size(), start + WORDS); k++) {
                if (hits[k] != null) {
                    for (int t : hits[k]) {
                        total++;
                        if (!seen[t]) {
                            seen[t] = true;
                            distinct++;
                        }
                    }
                }
            }
            int score = distinct * 1000 + total;
            if (best == null || score > best.score) {
                best = new Best(text, words, hits, start, score, distinct);
            }
        }
        return best;
    }

    /** Cheap first-letter test before folding a word: most words of a long body start with another letter. */
    private boolean candidate(String word) {
        int first = word.codePointAt(0);
        if (first < 0x80) {
            int lower = Character.toLowerCase(first);
            for (int c : firstChars) {
                if (c == lower) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean matches(FtsQuery.Term term, String[] folded, int i) {
        if (term.phrase()) {
            for (int k = 0; k < term.exact().size(); k++) {
                if (folded[i + k] == null || !folded[i + k].equals(term.exact().get(k))) {
                    return false;
                }
            }
            return true;
        }
        String w = folded[i];
        if (w == null) {
            return false;
        }
        for (String f : term.prefixes()) {
            if (w.startsWith(f)) {
                return true;
            }
        }
        return term.exact().contains(w);
    }

    private static int[] add(int[] set, int t) {
        if (set == null) {
            return new int[] {t};
        }
        for (int x : set) {
            if (x == t) {
                return set;
            }
        }
        int[] out = java.util.Arrays.copyOf(set, set.length + 1);
        out[set.length] = t;
        return out;
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        SearchText.words(text, (w, s, e) -> words.add(new Word(s, e, w)));
        return words;
    }

    private static String render(String text, List<Word> words, int[][] hits, int start) {
        if (words.isEmpty()) {
            return "";
        }
        int end = Math.min(words.size(), start + WORDS);
        int from = start == 0 ? 0 : words.get(start).start();
        int to = end == words.size() ? text.length() : words.get(end - 1).end();
        StringBuilder sb = new StringBuilder(to - from + 16);
        if (start > 0) {
            sb.append(ELLIPSIS);
        }
        int pos = from;
        for (int i = start; i < end; i++) {
            if (i < hits.length && hits[i] != null) {
                Word w = words.get(i);
                sb.append(text, pos, w.start()).append(SearchHit.MATCH_START).append(text, w.start(), w.end())
                        .append(SearchHit.MATCH_END);
                pos = w.end();
            }
        }
        sb.append(text, pos, to);
        if (end < words.size()) {
            sb.append(ELLIPSIS);
        }
        return sb.toString().replace("\n\n", " ").replace('\n', ' ').strip();
    }
}
