package org.newsdesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.AnchorTracker;
import org.newsdesk.model.Article;
import org.newsdesk.model.Comment;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.EditFinder;
import org.newsdesk.model.TextEdit;

/**
 * The one way services store a changed article: the update (optimistic concurrency in the store) and, in the
 * same transaction, the comment anchors moved to follow the body's new text.
 */
final class ArticleWriter {
    private final Stores stores;
    private final EditFinder editFinder;

    ArticleWriter(Stores stores, EditFinder editFinder) {
        this.stores = stores;
        this.editFinder = editFinder;
    }

    /**
     * Saves an edit of the content. The status is the workflow's to change (with its audit trail), so a copy
     * whose status differs from the stored one is refused.
     */
    Article saveContent(Connection c, Article article, Instant now) throws SQLException {
        Article stored = stores.articles().get(c, article.id());
        if (stored.version() == article.version() && stored.status() != article.status()) {
            throw new ConflictException(Message.of("error.article.statusBySaving", article.headline()));
        }
        return write(c, stored, article, now);
    }

    /** Saves a change that the workflow (or a merge) made, status included. */
    Article saveWithStatus(Connection c, Article article, Instant now) throws SQLException {
        return write(c, stores.articles().get(c, article.id()), article, now);
    }

    private Article write(Connection c, Article before, Article article, Instant now) throws SQLException {
        Article stored = stores.articles().update(c, article, now);
        moveAnchors(c, stored.id(), before.body().plainText(), stored.body().plainText());
        return stored;
    }

    /** Moves the anchors of the article's comments from {@code before} to {@code after}. */
    void moveAnchors(Connection c, UUID articleId, String before, String after) throws SQLException {
        if (before.equals(after)) {
            return;
        }
        List<Comment> anchored = stores.comments().list(c, articleId).stream()
                .filter(x -> !x.anchor().isGeneral()).toList();
        if (anchored.isEmpty()) {
            return;
        }
        List<TextEdit> edits = editFinder.edits(before, after);
        for (Comment comment : anchored) {
            Anchor moved = AnchorTracker.follow(comment.anchor(), edits).trimmedIn(after);
            if (!moved.equals(comment.anchor())) {
                stores.comments().updateAnchor(c, comment.id(), moved);
            }
        }
    }

    /** Where {@code anchor}, made on {@code before}, lies in {@code after}. */
    Anchor follow(Anchor anchor, String before, String after) {
        return new AnchorTracker(editFinder).follow(anchor, before, after).trimmedIn(after);
    }
}
