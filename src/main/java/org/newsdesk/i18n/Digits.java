package org.newsdesk.i18n;

/** How numbers are written in an Arabic interface: 123 or ١٢٣. English and French always use Latin digits. */
public enum Digits {
    LATIN("latn"), ARABIC_INDIC("arab");

    private final String numberingSystem;

    Digits(String numberingSystem) {
        this.numberingSystem = numberingSystem;
    }

    /** The Unicode numbering system's name (the {@code nu} of a locale). */
    public String numberingSystem() {
        return numberingSystem;
    }

    public static Digits parse(String text) {
        for (Digits d : values()) {
            if (d.name().equalsIgnoreCase(text) || d.numberingSystem.equalsIgnoreCase(text)) {
                return d;
            }
        }
        return ARABIC_INDIC;
    }
}
