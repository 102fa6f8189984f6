package org.newsdesk.service;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsdesk.model.Language;
import org.newsdesk.model.NameFinder;

/**
 * What a check needs to know about the library, read once: its dictionary per language, its agreed names,
 * and whether grammar and style rules are on. Immutable; read a new one after the library's lists change.
 */
public record SpellingContext(Map<String, Set<String>> dictionary, NameFinder names, boolean grammar) {

    public SpellingContext {
        dictionary = Map.copyOf(dictionary);
    }

    /** Whether the library's dictionary accepts {@code word} in {@code language}: as written, or in lower case. */
    public boolean knows(String word, String language) {
        Set<String> words = dictionary.getOrDefault(Language.of(language).primary(), Set.of());
        return words.contains(word) || words.contains(word.toLowerCase(Locale.ROOT));
    }
}
