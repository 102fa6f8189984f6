package org.newsdesk.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.model.Language;
import org.newsdesk.model.ValidationException;
import org.w3c.dom.Element;

/**
 * The language Word says the text is in: each run's {@code w:lang} (its {@code w:bidi} language for right-to-left
 * runs), else the paragraph style's, else the document default in styles.xml, counted by letters; the language of
 * most letters wins. Nothing when the document states none.
 */
final class DocxLanguage {
    private final Map<String, Integer> letters = new HashMap<>();
    private final Element defaults;

    DocxLanguage(DocxStyles styles) {
        this.defaults = styles.defaultRunProperties();
    }

    /** Counts {@code text} of a run with these properties (any may be null). */
    void count(String text, Element runProperties, Element paragraphStyleProperties) {
        int n = (int) text.codePoints().filter(Character::isLetter).count();
        if (n == 0) {
            return;
        }
        boolean complex = DocxXml.on(runProperties, "rtl") || DocxXml.on(runProperties, "cs") || rightToLeftScript(text);
        String attribute = complex ? "bidi" : "val";
        String tag = tag(runProperties, attribute);
        if (tag == null) {
            tag = tag(paragraphStyleProperties, attribute);
        }
        if (tag == null) {
            tag = tag(defaults, attribute);
        }
        if (tag != null) {
            letters.merge(primary(tag), n, Integer::sum);
        }
    }

    Optional<Language> language() {
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).flatMap(e -> {
            try {
                return Optional.of(Language.of(e.getKey()));
            } catch (ValidationException ex) {
                return Optional.empty(); // "x-none" and other tags Word writes that are no language
            }
        });
    }

    private static String tag(Element properties, String attribute) {
        Element lang = DocxXml.child(properties, "lang");
        String value = DocxXml.attr(lang, attribute);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String primary(String tag) {
        return Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
    }

    private static boolean rightToLeftScript(String text) {
        return text.codePoints().anyMatch(cp -> {
            byte d = Character.getDirectionality(cp);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }
}
