package org.newsdesk.service;

import java.util.Locale;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Language;

/** An article language's name inside a sentence, said in the reader's language ("French", "français", "الفرنسية"). */
final class LanguageNames {
    private LanguageNames() {
    }

    static Message of(Language language) {
        return switch (language.primary()) {
            case "en", "fr", "ar", "es" -> Message.of("language." + language.primary());
            default -> { // a language the bundles do not name: its English name, as before the bundles
                String n = Locale.forLanguageTag(language.tag()).getDisplayLanguage(Locale.ENGLISH);
                yield Message.literal(n.isEmpty() ? language.tag() : n);
            }
        };
    }
}
