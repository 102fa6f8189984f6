package org.newsdesk.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds agreed names in text: where a known wrong variant is written, where a name comes close to an agreed one
 * without being it ("Salim AlMalick" for "Salim AlMalik"), which agreed names a text mentions, and which names
 * start with what someone is typing. Comparisons ignore case, accents and Arabic vowel marks; near-misses allow
 * one edit in a name of 5 to 9 letters, two from 10.
 */
public final class NameFinder {

    private static final int MAX_OFFERS = 8;

    /** A stretch of text that is a name, as agreed ({@code variant} false) or a known variant. */
    public record Hit(int start, int end, String found, AgreedName name, String agreed, Type type) {
    }

    public enum Type { AGREED, VARIANT, NEAR_MISS }

    private record Token(int start, int end, String key) {
    }

    /** A spelling to look for: its tokens' keys, the keys joined, and what it stands for. */
    private record Pattern(AgreedName name, String agreed, String[] keys, String joined, boolean variant) {
    }

    private final List<AgreedName> names;
    private final Map<String, List<Pattern>> patternsByLanguage = new LinkedHashMap<>();

    public NameFinder(List<AgreedName> names) {
        this.names = List.copyOf(names);
    }

    public List<AgreedName> names() {
        return names;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /**
     * Agreed names, variants and near-misses in {@code text}, written in {@code language}; overlapping finds give
     * way to the longer one, and agreed spellings win over everything.
     */
    public List<Hit> find(String text, String language) {
        if (names.isEmpty() || text.isBlank()) {
            return List.of();
        }
        List<Pattern> patterns = patterns(language);
        List<Token> tokens = tokens(text);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Pattern p : patterns) {
                int n = p.keys().length;
                for (int size = Math.max(1, n - 1); size <= n + 1 && i + size <= tokens.size(); size++) {
                    Hit hit = match(text, tokens, i, size, p);
                    if (hit != null) {
                        hits.add(hit);
                    }
                }
            }
        }
        return keepBest(hits);
    }

    /** The stretches of {@code text} written as a known variant or near an agreed name, not as agreed. */
    public List<Hit> problems(String text, String language) {
        return find(text, language).stream().filter(h -> h.type() != Type.AGREED).toList();
    }

    /** Agreed names whose spelling in {@code language} has a word starting with {@code typed} (3 letters or more). */
    public List<String> offers(String typed, String language) {
        String prefix = key(typed);
        if (prefix.codePointCount(0, prefix.length()) < 3) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (AgreedName name : names) {
            name.in(language).ifPresent(s -> {
                for (Token t : tokens(s.name())) {
                    if (t.key().startsWith(prefix) && !out.contains(s.name())) {
                        out.add(s.name());
                        break;
                    }
                }
            });
        }
        return out.stream().limit(MAX_OFFERS).toList();
    }

    /** Whether {@code word} is part of an agreed spelling in any language (so spelling leaves it alone). */
    public boolean isAgreedWord(String word) {
        String k = key(word);
        for (AgreedName name : names) {
            for (NameSpelling s : name.spellings()) {
                for (Token t : tokens(s.name())) {
                    if (t.key().equals(k)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Hit match(String text, List<Token> tokens, int first, int size, Pattern p) {
        Token a = tokens.get(first);
        Token b = tokens.get(first + size - 1);
        StringBuilder joined = new StringBuilder();
        boolean sameTokens = size == p.keys().length;
        for (int k = 0; k < size; k++) {
            String key = tokens.get(first + k).key();
            joined.append(key);
            if (sameTokens && !key.equals(p.keys()[k])) {
                sameTokens = false;
            }
        }
        String found = text.substring(a.start(), b.end());
        if (sameTokens) {
            return new Hit(a.start(), b.end(), found, p.name(), p.agreed(), p.variant() ? Type.VARIANT : Type.AGREED);
        }
        if (p.variant()) {
            return null;
        }
        int limit = allowedEdits(p.joined());
        String j = joined.toString();
        if (limit == 0 || Math.abs(j.length() - p.joined().length()) > limit || j.charAt(0) != p.joined().charAt(0)) {
            return null;
        }
        if (isLatin(found) && !Character.isUpperCase(found.codePointAt(0))) {
            return null; // names are capitalised: "salim" in running text is not taken for "Salim"
        }
        int distance = distance(j, p.joined(), limit);
        return distance <= limit && (distance > 0 || !found.equals(p.agreed()))
                ? new Hit(a.start(), b.end(), found, p.name(), p.agreed(), Type.NEAR_MISS) : null;
    }

    private static List<Hit> keepBest(List<Hit> hits) {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparing((Hit h) -> h.type() == Type.AGREED ? 0 : h.type() == Type.VARIANT ? 1 : 2)
                .thenComparing(h -> -(h.end() - h.start())).thenComparingInt(Hit::start));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : sorted) {
            if (kept.stream().noneMatch(k -> k.start() < h.end() && h.start() < k.end())) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }

    private List<Pattern> patterns(String language) {
        String primary = Language.of(language).primary();
        return patternsByLanguage.computeIfAbsent(primary, l -> {
            List<Pattern> out = new ArrayList<>();
            for (AgreedName name : names) {
                name.in(l).ifPresent(s -> {
                    out.add(pattern(name, s.name(), s.name(), false));
                    s.variants().forEach(v -> out.add(pattern(name, s.name(), v, true)));
                });
                // every language's agreed spelling counts as right: a French text may name someone as in English
                for (NameSpelling other : name.spellings()) {
                    if (!Language.of(other.language()).primary().equals(l)) {
                        out.add(pattern(name, other.name(), other.name(), false));
                    }
                }
            }
            return out.stream().filter(p -> p.keys().length > 0).toList();
        });
    }

    private static Pattern pattern(AgreedName name, String agreed, String spelling, boolean variant) {
        String[] keys = tokens(spelling).stream().map(Token::key).toArray(String[]::new);
        return new Pattern(name, agreed, keys, String.join("", keys), variant);
    }

    /** Words: runs of letters and combining marks, with ' and - inside a word kept. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && (isWordChar(text.charAt(i))
                    || isJoiner(text.charAt(i)) && i + 1 < text.length() && isWordChar(text.charAt(i + 1)) && i > start)) {
                i++;
            }
            if (i > start) {
                out.add(new Token(start, i, key(text.substring(start, i))));
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }

    /** Lower case, no accents, no Arabic vowel marks or tatweel, alef forms as bare alef. */
    static String key(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || c == '\u0640' || isJoiner(c)) {
                continue;
            }
            sb.append(switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
                default -> c;
            });
        }
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static int allowedEdits(String joined) {
        int letters = joined.codePointCount(0, joined.length());
        return letters >= 10 ? 2 : letters >= 5 ? 1 : 0;
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.LATIN;
            }
        }
        return false;
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it must exceed {@code limit}. */
    private static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
