package org.newsdesk.model;

import java.util.Locale;

/** How a member of a translation set stands against its source. */
public enum TranslationState {
    UP_TO_DATE, OUTDATED, MISSING;

    /** "up-to-date", "outdated", "missing": what the CLI prints. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
