package org.newsdesk.spelling;

import java.util.List;

/** Spelling (and, on request, grammar) for the languages Newsdesk checks. Implementations are thread-safe. */
public interface Speller {

    /** Whether {@code languageTag} (BCP 47: "en", "fr-CA", "ar") can be checked. */
    boolean supports(String languageTag);

    /** The words of one paragraph that the language's dictionary does not know; loads the language if needed. */
    List<WordSpan> misspelt(String paragraph, String languageTag);

    /** Up to {@code max} replacements for a misspelt word, best first. */
    List<String> suggest(String word, String languageTag, int max);

    /** Grammar and style findings for one paragraph (spelling excluded). */
    List<GrammarMatch> grammar(String paragraph, String languageTag);

    /** Loads a language's dictionary now (call it off the FX thread); a no-op for unsupported languages. */
    void load(String languageTag);
}
