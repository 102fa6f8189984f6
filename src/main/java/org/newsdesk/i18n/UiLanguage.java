package org.newsdesk.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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

    /**
     * The language the environment asks programs to speak, as gettext decides: LC_ALL, then LC_MESSAGES, then LANG;
     * "C", "POSIX" and languages Newsdesk does not speak give nothing.
     */
    public static Optional<UiLanguage> fromEnvironment(Map<String, String> variables) {
        return Stream.of("LC_ALL", "LC_MESSAGES", "LANG")
                .map(variables::get)
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .flatMap(UiLanguage::parse);
    }

    /**
     * The window's language before the user chooses one: the environment's, as the command line decides (so both
     * speak alike, also where the JVM falls back to English because the locale is not generated), else the JVM's
     * locale (Windows and macOS, where those variables are rarely set), else English.
     */
    public static UiLanguage forSystem(Map<String, String> variables, Locale system) {
        return fromEnvironment(variables).orElseGet(() -> forSystem(system));
    }
}
