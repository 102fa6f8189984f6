package org.newsdesk.testing;

import org.newsdesk.spelling.LanguageToolSpellers;

/**
 * One set of LanguageTool spellers for the whole test run: loading a language's dictionary takes seconds, and
 * what is loaded never changes. Test code only; the app makes one per window.
 */
public final class SharedSpellers {
    private static final LanguageToolSpellers SPELLERS = new LanguageToolSpellers();

    private SharedSpellers() {
    }

    public static LanguageToolSpellers get() {
        return SPELLERS;
    }
}
