package org.newsdesk.service;

/** Where an imported article's language came from, in words for the import summary. */
public enum LanguageSource {
    STATED("stated by the file"),
    DETECTED("detected from the text"),
    GIVEN("as chosen for the import"),
    ASSUMED("could not be told from the text, so the default was used"),
    CHANGED("changed before the import");

    private final String words;

    LanguageSource(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
