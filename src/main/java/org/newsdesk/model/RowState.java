package org.newsdesk.model;

/** One aligned row of source and translation, as the side-by-side view and the checklist see it. */
public enum RowState {
    /** Translated from the source text as it is now. */
    UP_TO_DATE,
    /** Still the copied source text: nobody translated it yet. */
    UNTRANSLATED,
    /** The source unit changed since it was translated. */
    OUTDATED,
    /** A source unit added after the translation was made: nothing translates it. */
    NEW_IN_SOURCE,
    /** The source unit this translated is gone. */
    REMOVED_FROM_SOURCE,
    /** A unit the translator added; it has no source counterpart. */
    TRANSLATION_ONLY;

    /** Whether the row makes the translation outdated. */
    public boolean isOutdated() {
        return this == OUTDATED || this == NEW_IN_SOURCE || this == REMOVED_FROM_SOURCE;
    }
}
