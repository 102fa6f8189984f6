package org.newsdesk.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An article and its translations: one member per language (missing languages included), the source first.
 *
 * @param sourceId the member the others link to as x-default: the original, or, once it is deleted, the oldest member
 */
public record TranslationSet(UUID group, UUID sourceId, List<TranslationMember> members) {
    public TranslationSet {
        members = List.copyOf(members);
    }

    public List<TranslationMember> present() {
        return members.stream().filter(TranslationMember::isPresent).toList();
    }

    public Optional<TranslationMember> member(UUID articleId) {
        return members.stream().filter(m -> articleId.equals(m.articleId())).findFirst();
    }

    /** More than one article: a real set. */
    public boolean isShared() {
        return present().size() > 1;
    }

    /** Every present member complete, and no language missing. */
    public boolean isComplete() {
        return members.stream().allMatch(TranslationMember::isComplete);
    }
}
