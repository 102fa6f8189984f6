package org.newsdesk.model;

import java.util.List;

/** A comment and its replies (oldest first): one conversation about one place in the text. */
public record CommentThread(Comment first, List<Comment> replies) {
    public CommentThread {
        replies = List.copyOf(replies);
    }

    public boolean resolved() {
        return first.resolved();
    }
}
