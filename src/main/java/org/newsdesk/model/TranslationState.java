package org.newsdesk.model;

import java.util.Locale;

/** How a member of a translation set stands against its source. */
public enum TranslationState {
    UP_TO_DATE, OUTDATED, MISSING;

    /** The bundle key of the state as the window shows it. */
    public String nameKey() {
        return switch (this) {
            case UP_TO_DATE -> "translationState.upToDate";
            case OUTDATED -> "translationState.outdated";
            case MISSING -> "translationState.missing";
        };
    }

    /** "up-to-date", "outdated", "missing": what the CLI prints. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
