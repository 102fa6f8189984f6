package org.newsdesk.importer;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.model.Language;

/**
 * Tells which of a few languages a text is in, with Lingua. The detector is built on first use (its models take
 * time and memory, so nothing at start-up waits for it), knows only the languages it is given, and runs in Lingua's
 * low-accuracy mode (trigram models only), which is reliable for texts of a paragraph or more.
 */
public final class LanguageDetection {
    /** Lingua answers "unknown" when the two likeliest languages are closer than this. */
    private static final double MINIMUM_DISTANCE = 0.1;
    /** Enough text to tell a language; more only costs time. */
    private static final int SAMPLE_CHARS = 1_000;

    private final List<Language> languages;
    private volatile LanguageDetector detector;

    public LanguageDetection(List<Language> languages) {
        this.languages = List.copyOf(languages);
    }

    /** The language of {@code text}, when it can be told; empty for too little or ambiguous text. */
    public Optional<Language> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        com.github.pemistahl.lingua.api.Language found = detector().detectLanguageOf(sample);
        if (found == com.github.pemistahl.lingua.api.Language.UNKNOWN) {
            return Optional.empty();
        }
        String tag = found.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
        return languages.stream().filter(l -> l.primary().equals(tag)).findFirst();
    }

    /** True once the models are loaded (the first detection loads them). */
    public boolean isReady() {
        return detector != null;
    }

    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (this) {
                d = detector;
                if (d == null) {
                    IsoCode639_1[] codes = languages.stream()
                            .map(l -> IsoCode639_1.valueOf(l.primary().toUpperCase(Locale.ROOT)))
                            .toArray(IsoCode639_1[]::new);
                    d = LanguageDetectorBuilder.fromIsoCodes639_1(codes).withLowAccuracyMode()
                            .withMinimumRelativeDistance(MINIMUM_DISTANCE).build();
                    detector = d;
                }
            }
        }
        return d;
    }
}
