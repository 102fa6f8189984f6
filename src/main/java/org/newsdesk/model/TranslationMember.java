package org.newsdesk.model;

import java.util.List;
import java.util.UUID;

/**
 * One language of a translation set.
 *
 * @param articleId      null when the language is missing
 * @param isSource       the set's original (its x-default)
 * @param changedSource  ids of the source units changed since they were translated (outdated members only)
 * @param untranslated   units still holding the copied source text
 */
public record TranslationMember(Language language, UUID articleId, String slug, String headline, ArticleStatus status,
                                TranslationState state, boolean isSource, UUID sourceId, List<String> changedSource,
                                int untranslated) {
    public TranslationMember {
        changedSource = changedSource == null ? List.of() : List.copyOf(changedSource);
    }

    public static TranslationMember missing(Language language) {
        return new TranslationMember(language, null, null, null, null, TranslationState.MISSING, false, null,
                List.of(), 0);
    }

    public boolean isPresent() {
        return articleId != null;
    }

    /** Present, every unit translated and none outdated. */
    public boolean isComplete() {
        return isPresent() && state == TranslationState.UP_TO_DATE && untranslated == 0;
    }
}
