package org.newsdesk.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdesk.i18n.Message;

/** A BCP 47 language tag that has been checked: "en", "fr", "ar", "fr-CA", "zh-Hant". */
public record Language(String tag) {

    // language [-script] [-region] [-variant]*; private-use and extensions are not needed for news.
    private static final Pattern BCP47 = Pattern.compile(
            "(?i)[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*");
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Set<String> RTL = Set.of("ar", "he", "iw", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug", "syr");

    public static final Language ENGLISH = new Language("en");

    public Language {
        if (tag == null || tag.isBlank()) {
            throw new ValidationException("language", Message.of("error.language.required"));
        }
        tag = tag.trim();
        if (!BCP47.matcher(tag).matches()) {
            throw new ValidationException("language", Message.of("error.language.invalidTag", tag));
        }
        Locale locale = Locale.forLanguageTag(tag);
        String primary = locale.getLanguage();
        if (primary.length() == 2 && !ISO_639_1.contains(primary)) {
            throw new ValidationException("language", Message.of("error.language.unknown", tag));
        }
        tag = locale.toLanguageTag();
    }

    public static Language of(String tag) {
        return new Language(tag);
    }

    /** The primary language subtag: "fr" for "fr-CA". */
    public String primary() {
        return Locale.forLanguageTag(tag).getLanguage();
    }

    public boolean isRightToLeft() {
        return RTL.contains(primary());
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    @Override
    public String toString() {
        return tag;
    }
}
