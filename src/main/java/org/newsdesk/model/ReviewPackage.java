package org.newsdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One article sent for review by file: the article as it is, all its revisions (oldest first), its comments
 * (in the order received, a reply after its thread's first comment) and its workflow steps (in order).
 * Written as {"format":"newsdesk-review","version":1,…}; importing it into another library merges it. A
 * translation also carries what it was translated from, block by block ({@code translation}, else null), so it
 * comes back still linked.
 */
public record ReviewPackage(Article article, List<Revision> revisions, List<Comment> comments,
                            List<StatusChange> statusHistory, String exportedBy, Instant exportedAt,
                            TranslationLink translation) {
    public ReviewPackage(Article article, List<Revision> revisions, List<Comment> comments,
                         List<StatusChange> statusHistory, String exportedBy, Instant exportedAt) {
        this(article, revisions, comments, statusHistory, exportedBy, exportedAt, null);
    }

    public ReviewPackage {
        Objects.requireNonNull(article, "article");
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
        comments = comments == null ? List.of() : List.copyOf(comments);
        statusHistory = statusHistory == null ? List.of() : List.copyOf(statusHistory);
        exportedBy = exportedBy == null ? "" : exportedBy;
    }
}
