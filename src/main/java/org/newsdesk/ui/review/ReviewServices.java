package org.newsdesk.ui.review;

import org.newsdesk.service.ArticleService;
import org.newsdesk.service.ChecklistService;
import org.newsdesk.service.CommentService;
import org.newsdesk.service.Library;
import org.newsdesk.service.WorkflowService;

/** The library services the Review tab uses (all called on the library thread). */
public record ReviewServices(ArticleService articles, WorkflowService workflow, ChecklistService checklist,
                             CommentService comments) {
    public static ReviewServices of(Library library) {
        return new ReviewServices(library.articles(), library.workflow(), library.checklist(), library.comments());
    }
}
