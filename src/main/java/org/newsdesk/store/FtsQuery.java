package org.newsdesk.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person types into an FTS5 MATCH expression that cannot be a syntax error:
 * every bare word becomes a quoted prefix term ("edu" finds "education"), text in double quotes
 * becomes a phrase, and all terms must match. FTS5 operators typed by the user are treated as words.
 */
final class FtsQuery {
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private FtsQuery() {
    }

    /** The MATCH expression, or an empty string when the text has no searchable word. */
    static String from(String userText) {
        String text = Normalizer.normalize(userText == null ? "" : userText, Normalizer.Form.NFC);
        List<String> terms = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                List<String> words = words(m.group(1));
                if (!words.isEmpty()) {
                    terms.add(quote(String.join(" ", words)));
                }
            } else {
                for (String word : words(m.group(2))) {
                    // one letter as a prefix would match half the index: search it as a whole word
                    terms.add(word.codePointCount(0, word.length()) > 1 ? quote(word) + "*" : quote(word));
                }
            }
        }
        return String.join(" AND ", terms);
    }

    /**
     * {@code match} narrowed to articles whose tags column holds the words of {@code tag}, or {@code match}
     * unchanged when the tag has no searchable word. A superset of the articles carrying the tag ("Culture"
     * also matches "Culture policy"), so the caller still checks the tag exactly; but FTS5 now ranks and walks
     * only those articles instead of every text match.
     */
    static String withTag(String match, String tag) {
        List<String> words = words(Normalizer.normalize(tag, Normalizer.Form.NFC));
        if (match.isEmpty() || words.isEmpty()) {
            return match;
        }
        return "(" + match + ") AND tags_text : " + quote(String.join(" ", words));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words.add(w.group());
        }
        return words;
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
