package org.newsdesk.model;

import java.util.List;

/** An article's revisions (oldest first) and its workflow steps (in time order): what a history panel shows. */
public record ArticleHistory(List<RevisionInfo> revisions, List<StatusChange> statusChanges) {
    public ArticleHistory {
        revisions = List.copyOf(revisions);
        statusChanges = List.copyOf(statusChanges);
    }
}
