package org.newsdesk.ui.review;

import java.util.List;
import org.newsdesk.model.CommentThread;

/**
 * The article's comment threads and the plain text their anchors were stored against (the body at loading time:
 * the editor may have moved on since, and the highlights follow the anchors from this text to the editor's).
 */
public record CommentsShown(List<CommentThread> threads, String anchorText) {
    public static final CommentsShown NONE = new CommentsShown(List.of(), "");

    public CommentsShown {
        threads = List.copyOf(threads);
    }

    public long openCount() {
        return threads.stream().filter(t -> !t.resolved()).count();
    }
}
