package org.newsdesk.ui.window;

import org.newsdesk.i18n.Digits;
import org.newsdesk.i18n.UiLanguage;

/** Rebuilds the window in another interface language (the open article saved first and opened again). */
@FunctionalInterface
public interface LanguageSwitch {
    void switchTo(UiLanguage language, Digits digits);
}
