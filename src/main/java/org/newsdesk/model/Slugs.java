package org.newsdesk.model;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/** Makes URL slugs from headlines in any script: "Réunion à Tánger" → "reunion-a-tanger". */
public final class Slugs {
    private static final int MAX_LENGTH = 80;
    private static final String FALLBACK = "article";
    // Any script to Latin (Arabic included), then strip accents to ASCII.
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Slugs() {
    }

    /** A non-empty slug of lower-case ASCII letters, digits and hyphens. */
    public static String fromHeadline(String headline) {
        if (headline == null || headline.isBlank()) {
            return FALLBACK;
        }
        String latin;
        synchronized (TO_ASCII) { // ICU transliterators are not thread-safe
            latin = TO_ASCII.transliterate(headline);
        }
        latin = Normalizer.normalize(latin, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = latin.toLowerCase(Locale.ROOT)
                .replaceAll("['’ʾʿ`]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int cut = slug.lastIndexOf('-');
            if (cut > MAX_LENGTH / 2) {
                slug = slug.substring(0, cut);
            }
            slug = slug.replaceAll("-+$", "");
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** "slug", then "slug-2", "slug-3"… for the n-th clash. */
    public static String numbered(String slug, int n) {
        return n <= 1 ? slug : slug + "-" + n;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= MAX_LENGTH + 8;
    }
}
