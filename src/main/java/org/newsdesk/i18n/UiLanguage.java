package org.newsdesk.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages Newsdesk's own window and command line speak (not the articles' languages). */
public enum UiLanguage {
    ENGLISH("en", "English"), FRENCH("fr", "Français"), ARABIC("ar", "العربية");

    private final String code;
    private final String nativeName;

    UiLanguage(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    /** The BCP 47 code: en, fr, ar. */
    public String code() {
        return code;
    }

    /** The language's name in itself, as a language picker shows it whatever the interface speaks. */
    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return this == ARABIC;
    }

    /** "en", "FR", "ar-EG" → the language; anything else → empty. */
    public static Optional<UiLanguage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String primary = text.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        for (UiLanguage l : values()) {
            if (l.code.equals(primary)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The system's language if Newsdesk speaks it, else English. */
    public static UiLanguage forSystem(Locale system) {
        return parse(system == null ? null : system.getLanguage()).orElse(ENGLISH);
    }
}
