package org.newsdesk.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Comment;
import org.newsdesk.model.CommentThread;
import org.newsdesk.model.NotFoundException;
import org.newsdesk.model.QuoteFinder;
import org.newsdesk.store.Database;

/**
 * Review comments on an article's body: anchored to a stretch of its plain text ({@code Document.plainText()}
 * offsets) with the quoted words, or general; replies form threads; a thread is resolved or reopened as a whole.
 * Anchors follow the text as it is edited (see {@link ArticleWriter}). Comments are kept beside the article,
 * never in it, so no export can contain them.
 */
public final class CommentService {
    private final Database db;
    private final Stores stores;
    private final LibraryClock clock;
    private final CurrentUser user;

    CommentService(Database db, Stores stores, LibraryClock clock, CurrentUser user) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
        this.user = user;
    }

    /**
     * Comments on the words {@code quote}, found in the stored body's plain text (white space in the quote matches
     * any white space, so a quote may span paragraphs).
     *
     * @throws BadInputException when the quote is not in the body, or is there more than once
     */
    public Comment addOnQuote(UUID articleId, String text, String quote) {
        return db.write(c -> {
            String body = stores.articles().get(c, articleId).body().plainText();
            Anchor anchor = QuoteFinder.find(body, quote);
            return insert(c, Comment.create(articleId, user.get().name(), clock.now(), text, anchor, anchor.textIn(body)));
        });
    }

    /** Comments on characters {@code start} to {@code end} of the stored body's plain text (a GUI selection). */
    public Comment addAt(UUID articleId, String text, int start, int end) {
        return db.write(c -> {
            String body = stores.articles().get(c, articleId).body().plainText();
            if (start < 0 || end <= start || end > body.length()) {
                throw new BadInputException(Message.of("error.comment.badSelection", start, end, body.length()));
            }
            Anchor anchor = new Anchor(start, end);
            return insert(c, Comment.create(articleId, user.get().name(), clock.now(), text, anchor, anchor.textIn(body)));
        });
    }

    /** A comment on the article as a whole. */
    public Comment addGeneral(UUID articleId, String text) {
        return db.write(c -> {
            stores.articles().get(c, articleId);
            return insert(c, Comment.create(articleId, user.get().name(), clock.now(), text, Anchor.GENERAL, ""));
        });
    }

    /** Replies in the thread of {@code commentId} (a reply to a reply joins the same thread). */
    public Comment reply(UUID commentId, String text) {
        return db.write(c -> {
            Comment first = threadStart(c, get(c, commentId));
            return insert(c, Comment.reply(first, user.get().name(), clock.now(), text));
        });
    }

    /** Marks the thread of {@code commentId} resolved; returns the thread's first comment. */
    public Comment resolve(UUID commentId) {
        return setResolved(commentId, true);
    }

    /** Opens the thread of {@code commentId} again. */
    public Comment reopen(UUID commentId) {
        return setResolved(commentId, false);
    }

    private Comment setResolved(UUID commentId, boolean resolved) {
        return db.write(c -> {
            Comment first = threadStart(c, get(c, commentId));
            if (first.resolved() == resolved) {
                return first;
            }
            Comment changed = first.withResolved(resolved, user.get().name(), clock.now());
            stores.comments().updateState(c, changed);
            return changed;
        });
    }

    /** Every comment of the article, replies included, in the order received. */
    public List<Comment> list(UUID articleId) {
        return db.read(c -> {
            stores.articles().get(c, articleId);
            return stores.comments().list(c, articleId);
        });
    }

    /** The comments grouped into threads, in the order the threads started. */
    public List<CommentThread> threads(UUID articleId) {
        Map<UUID, Comment> firsts = new LinkedHashMap<>();
        Map<UUID, List<Comment>> replies = new LinkedHashMap<>();
        for (Comment comment : list(articleId)) {
            if (comment.isReply()) {
                replies.computeIfAbsent(comment.parent(), k -> new ArrayList<>()).add(comment);
            } else {
                firsts.put(comment.id(), comment);
            }
        }
        return firsts.values().stream()
                .map(f -> new CommentThread(f, replies.getOrDefault(f.id(), List.of()))).toList();
    }

    /** The comment shown as number {@code number} on the article (what the CLI's --resolve N names). */
    public Comment byNumber(UUID articleId, int number) {
        return db.read(c -> stores.comments().findByNumber(c, articleId, number)).orElseThrow(() ->
                new NotFoundException(Message.of("error.comment.noSuchNumber", number)));
    }

    /** Threads not yet resolved: the checklist wants none before approval. */
    public int unresolvedCount(UUID articleId) {
        return db.read(c -> stores.comments().unresolvedCount(c, articleId));
    }

    private Comment insert(java.sql.Connection c, Comment comment) throws java.sql.SQLException {
        return stores.comments().insert(c, comment);
    }

    private Comment get(java.sql.Connection c, UUID id) throws java.sql.SQLException {
        return stores.comments().find(c, id).orElseThrow(() -> new NotFoundException(Message.of("error.comment.noSuchId", String.valueOf(id))));
    }

    private Comment threadStart(java.sql.Connection c, Comment comment) throws java.sql.SQLException {
        Comment current = comment;
        while (current.isReply()) {
            current = get(c, current.parent());
        }
        return current;
    }
}
