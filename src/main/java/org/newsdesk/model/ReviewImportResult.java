package org.newsdesk.model;

import java.util.UUID;

/**
 * What importing a review package did.
 *
 * @param text               what happened to the article's text
 * @param conflictRevision   the revision holding the incoming text when {@code text} is CONFLICT, else 0
 * @param revisionsAdded     revisions of the other side added to this library's history
 * @param commentsAdded      comments new to this library
 * @param commentsUpdated    comments whose resolved state the package changed (its change was the later one)
 * @param stepsAdded         workflow steps new to this library
 * @param status             the article's status after the merge
 */
public record ReviewImportResult(UUID articleId, TextOutcome text, int conflictRevision, int revisionsAdded,
                                 int commentsAdded, int commentsUpdated, int stepsAdded, ArticleStatus status) {

    public enum TextOutcome {
        /** The article was not in this library: it came in whole. */
        NEW,
        /** Both sides have the same text. */
        SAME,
        /** Only the other side changed the text since the common revision: their text is now the text here. */
        TAKEN,
        /** Only this side changed it: the text here stays. */
        KEPT,
        /**
         * Both changed it: the text here stays, and theirs is stored as revision {@code conflictRevision}, marked
         * as an open conflict, for the user to compare (diff) and settle (restore it, or resolve-conflict).
         */
        CONFLICT
    }
}
