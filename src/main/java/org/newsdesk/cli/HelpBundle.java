package org.newsdesk.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import org.newsdesk.i18n.UiLanguage;

/**
 * The words of the command line's usage help ({@code --help}, {@code help COMMAND}): headings, command and option
 * descriptions, in {@code cli-help{,_fr,_ar}.properties}, kept apart from the window's {@code messages} bundles
 * because picocli looks their keys up by its own rules (command name, option name).
 */
final class HelpBundle {
    static final String BASE_NAME = "org.newsdesk.i18n.cli-help";

    private HelpBundle() {
    }

    /**
     * The help bundle of {@code language}. Without the JVM's default locale as a fallback: English is the base
     * bundle, so a French machine asked for English (LANG=C, --ui-language en) still gets English.
     */
    static ResourceBundle in(UiLanguage language) {
        return ResourceBundle.getBundle(BASE_NAME, Locale.forLanguageTag(language.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
