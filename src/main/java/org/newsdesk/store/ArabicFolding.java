package org.newsdesk.store;

/**
 * Arabic as people type it: normalisation and light stemming, the same for the index and for the query.
 * The rules are those of Lucene's {@code ArabicNormalizer} and {@code ArabicStemmer} (Larkey, Ballesteros and
 * Connell's light stemmer, what Elasticsearch's {@code arabic} analyzer does), plus alef wasla, the superscript
 * alef and Arabic-Indic digits; {@code ArabicFoldingTest} checks them against Lucene word by word.
 *
 * <ul>
 *   <li>normalise: أ إ آ ٱ → ا, ى → ي, ة → ه; tatweel and every harakah (fathatan … sukun, superscript alef)
 *   removed; Arabic-Indic and Persian digits → ASCII digits;</li>
 *   <li>stem the prefix: the article ال and وال بال كال فال لل, or the conjunction و, when enough of the word
 *   is left;</li>
 *   <li>stem the suffixes ها ان ات ون ين يه ه ي (ية and ة are يه and ه once normalised), in that order.</li>
 * </ul>
 *
 * The index keeps each word with its prefix stemmed but its suffixes on, so a half-typed word finds it as an FTS5
 * prefix term; a word typed with a suffix also finds its stem's other endings ({@link #queryForms}).
 */
final class ArabicFolding {
    private static final String[] PREFIXES = {"ال", "وال", "بال", "كال", "فال", "لل", "و"};
    private static final String[] SUFFIXES = {"ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"};

    private ArabicFolding() {
    }

    /** True for a character of the Arabic blocks (letters, marks, digits, punctuation). */
    static boolean isArabic(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08FF')
                || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
    }

    static boolean hasArabic(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isArabic(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The word normalised: hamza forms of alef, alef maksura, ta marbuta, tatweel, harakat, digits. */
    static String normalise(CharSequence word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> out.append('\u0627'); // آ أ إ ٱ → ا
                case '\u0649' -> out.append('\u064A'); // ى → ي
                case '\u0629' -> out.append('\u0647'); // ة → ه
                default -> {
                    if (c == '\u0640' || (c >= '\u064B' && c <= '\u0652') || c == '\u0670') {
                        continue; // tatweel, tanween, fatha … sukun, superscript alef
                    }
                    if (c >= '\u0660' && c <= '\u0669') {
                        out.append((char) ('0' + (c - '\u0660')));
                    } else if (c >= '\u06F0' && c <= '\u06F9') {
                        out.append((char) ('0' + (c - '\u06F0')));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A normalised word without its attached article or conjunction (Lucene's {@code stemPrefix}). */
    static String stemPrefix(String word) {
        for (String prefix : PREFIXES) {
            if (startsWithCheckLength(word, prefix)) {
                return word.substring(prefix.length());
            }
        }
        return word;
    }

    /** A word without its common suffixes, each tried once in order (Lucene's {@code stemSuffix}). */
    static String stemSuffix(String word) {
        String w = word;
        for (String suffix : SUFFIXES) {
            if (endsWithCheckLength(w, suffix)) {
                w = w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** Normalised and stemmed at both ends: what Lucene's ArabicAnalyzer indexes for the word. */
    static String stem(String word) {
        return stemSuffix(stemPrefix(normalise(word)));
    }

    /** The form the index keeps: normalised, the attached prefix removed, suffixes kept. */
    static String indexForm(String word) {
        return stemPrefix(normalise(word));
    }

    /** The suffixes once normalised (ية and ة became يه and ه), in Lucene's order. */
    private static final String[] NORMALISED_SUFFIXES = {"ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"};

    /**
     * What a typed word finds in the index (which keeps words with their prefix stemmed, suffixes on):
     * {@code prefixes} as FTS5 prefix terms, {@code exact} as whole tokens.
     */
    record QueryForms(java.util.List<String> prefixes, java.util.List<String> exact) {
    }

    /**
     * The forms a typed (maybe half-typed) normalised word stands for:
     * <ul>
     *   <li>as prefixes: the word as typed, and the word without each prefix it may start with even where Lucene's
     *   length rule keeps it ("والم…" while "والمخطوطات" is being typed), so typing keeps finding;</li>
     *   <li>when the word has a suffix: its stem followed by no suffix, one, or two (ات then ها…) as whole tokens,
     *   which is exactly what Lucene matches ("مخطوطات" finds "المخطوطة"), without the stem's prefix matches
     *   ("مالي", Mali, does not find "المالك").</li>
     * </ul>
     * Prefixes shorter than two letters are left out (one would walk most of the index), and so is any form another
     * prefix form already finds.
     */
    static QueryForms queryForms(String normalised) {
        java.util.List<String> candidates = new java.util.ArrayList<>();
        candidates.add(normalised);
        for (String prefix : PREFIXES) {
            if (normalised.startsWith(prefix)) {
                candidates.add(normalised.substring(prefix.length()));
            }
        }
        java.util.List<String> prefixes = new java.util.ArrayList<>();
        for (String f : candidates) {
            if (f.length() >= 2 && !prefixes.contains(f) && candidates.stream()
                    .noneMatch(g -> g.length() >= 2 && g.length() < f.length() && f.startsWith(g))) {
                prefixes.add(f);
            }
        }
        java.util.List<String> exact = new java.util.ArrayList<>();
        String stripped = stemPrefix(normalised);
        String stem = stemSuffix(stripped);
        if (!stem.equals(stripped) && stem.length() >= 2) {
            java.util.List<String> endings = new java.util.ArrayList<>();
            endings.add("");
            for (int outer = 0; outer < NORMALISED_SUFFIXES.length; outer++) {
                endings.add(NORMALISED_SUFFIXES[outer]);
                for (int inner = outer + 1; inner < NORMALISED_SUFFIXES.length; inner++) {
                    endings.add(NORMALISED_SUFFIXES[inner] + NORMALISED_SUFFIXES[outer]);
                }
            }
            for (String ending : endings) {
                String form = stem + ending;
                if (!exact.contains(form) && prefixes.stream().noneMatch(form::startsWith)) {
                    exact.add(form);
                }
            }
        }
        return new QueryForms(prefixes, exact);
    }

    private static boolean startsWithCheckLength(String s, String prefix) {
        if (prefix.length() == 1 && s.length() < 4) {
            return false; // the conjunction و needs three letters after it
        }
        return s.length() >= prefix.length() + 2 && s.startsWith(prefix);
    }

    private static boolean endsWithCheckLength(String s, String suffix) {
        return s.length() >= suffix.length() + 2 && s.endsWith(suffix);
    }
}
