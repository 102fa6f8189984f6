package org.newsdesk.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person types into an FTS5 MATCH expression that cannot be a syntax error, folded the way the
 * index is ({@link SearchText}): every bare word becomes a prefix term ("edu" finds "education"; an Arabic word
 * also finds its attached forms, see {@link ArabicFolding#queryForms}), text in double quotes becomes a phrase,
 * and all terms must match. FTS5 operators typed by the user are treated as words.
 */
final class FtsQuery {
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");

    /** What a query looks for, also used to mark the matched words in snippets. */
    record Parsed(String match, List<Term> terms) {
        boolean isEmpty() {
            return match.isEmpty();
        }
    }

    /**
     * One thing that must match: a word (a token starting with one of {@code prefixes} or equal to one of
     * {@code exact}) or, when {@code phrase}, the {@code exact} forms in a row.
     */
    record Term(List<String> prefixes, List<String> exact, boolean phrase) {
    }

    private FtsQuery() {
    }

    /** The MATCH expression, or an empty string when the text has no searchable word. */
    static String from(String userText) {
        return parse(userText).match();
    }

    static Parsed parse(String userText) {
        String text = Normalizer.normalize(userText == null ? "" : userText, Normalizer.Form.NFC)
                .replace(String.valueOf(SearchIndex.HIDDEN), "");
        List<String> parts = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                List<String> words = new ArrayList<>();
                SearchText.words(m.group(1), (w, s, e) -> words.add(SearchText.indexForm(w)));
                words.removeIf(String::isEmpty);
                if (!words.isEmpty()) {
                    parts.add(quote(String.join(" ", words)));
                    terms.add(new Term(List.of(), words.stream().map(SearchText::fold).toList(), true));
                }
            } else {
                SearchText.words(m.group(2), (w, s, e) -> word(w, parts, terms));
            }
        }
        return new Parsed(String.join(" AND ", parts), terms);
    }

    private static void word(String word, List<String> parts, List<Term> terms) {
        ArabicFolding.QueryForms forms = ArabicFolding.hasArabic(word)
                ? ArabicFolding.queryForms(ArabicFolding.normalise(word))
                : new ArabicFolding.QueryForms(List.of(SearchText.indexForm(word)), List.of());
        List<String> prefixes = forms.prefixes().stream().filter(f -> f.codePointCount(0, f.length()) > 1).toList();
        if (prefixes.isEmpty() && forms.exact().isEmpty()) {
            // one letter as a prefix would match half the index: search it as a whole word
            String whole = SearchText.indexForm(word);
            if (!whole.isEmpty()) {
                parts.add(quote(whole));
                terms.add(new Term(List.of(), List.of(SearchText.fold(whole)), false));
            }
            return;
        }
        List<String> alternatives = new ArrayList<>();
        prefixes.forEach(f -> alternatives.add(quote(f) + "*"));
        forms.exact().forEach(f -> alternatives.add(quote(f)));
        parts.add(alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" OR ", alternatives) + ")");
        terms.add(new Term(prefixes.stream().map(SearchText::fold).toList(), forms.exact(), false));
    }

    /**
     * {@code match} narrowed by hidden filter tokens (see {@link SearchIndex}); with no text, the tokens alone.
     */
    static String withFilters(String match, List<String> filterTokens) {
        List<String> parts = new ArrayList<>();
        if (!match.isEmpty()) {
            parts.add(filterTokens.isEmpty() ? match : "(" + match + ")");
        }
        filterTokens.forEach(t -> parts.add(quote(t)));
        return String.join(" AND ", parts);
    }

    static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
