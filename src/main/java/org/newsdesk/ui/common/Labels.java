package org.newsdesk.ui.common;

import com.ibm.icu.util.ULocale;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Language;

/** Names the window shows for values of the model, in the interface's language. */
public final class Labels {
    private Labels() {
    }

    /** "English", "anglais", "الإنجليزية": the article language's name in the interface's language. */
    public static String language(Messages t, Language language) {
        if (language == null) {
            return "";
        }
        String key = switch (language.primary()) {
            case "en" -> "language.en";
            case "fr" -> "language.fr";
            case "ar" -> "language.ar";
            case "es" -> "language.es";
            default -> null;
        };
        if (key != null && language.tag().equals(language.primary())) {
            return t.get(key);
        }
        return ULocale.forLanguageTag(language.tag()).getDisplayName(ULocale.forLocale(t.locale()));
    }
}
