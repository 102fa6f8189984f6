package org.newsdesk.ui.history;

import org.newsdesk.service.ArticleService;
import org.newsdesk.service.DiffService;
import org.newsdesk.service.HistoryService;
import org.newsdesk.service.Library;
import org.newsdesk.service.WorkflowService;

/** The library services the History tab uses (all called on the library thread). */
public record HistoryServices(ArticleService articles, HistoryService history, DiffService diffs,
                             WorkflowService workflow) {
    public static HistoryServices of(Library library) {
        return new HistoryServices(library.articles(), library.history(), library.diffs(), library.workflow());
    }
}
