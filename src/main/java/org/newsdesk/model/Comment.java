package org.newsdesk.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.newsdesk.i18n.Message;

/**
 * A review comment. It is not part of the article: it never appears in an export.
 *
 * @param id             identity across libraries (review packages merge comments by it)
 * @param number         1, 2, 3… per article in the order the library received them, for people and the CLI;
 *                       0 before it is stored
 * @param parent         the comment this one replies to, or null for the first comment of a thread
 * @param anchor         where the commented words are in the body's plain text; {@link Anchor#GENERAL} for a
 *                       reply, a comment on the whole article, or one whose words were deleted
 * @param quote          the commented words as they were when the comment was made; kept when the anchor is lost
 * @param resolved       whether the thread is settled (only a thread's first comment carries this)
 * @param stateChangedBy who last resolved or reopened it, or null if nobody has
 * @param stateChangedAt when, or null: the later change wins when two libraries merge
 */
public record Comment(UUID id, int number, UUID articleId, UUID parent, String author, Instant createdAt, String text,
                      Anchor anchor, String quote, boolean resolved, String stateChangedBy, Instant stateChangedAt) {

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        text = text == null ? "" : text.strip();
        anchor = anchor == null ? Anchor.GENERAL : anchor;
        quote = quote == null ? "" : quote;
        if (text.isEmpty()) {
            throw new ValidationException("comment", Message.of("error.comment.textRequired"));
        }
    }

    /** A new comment on {@code anchor} (with the words it covers), not yet stored. */
    public static Comment create(UUID articleId, String author, Instant now, String text, Anchor anchor, String quote) {
        return new Comment(UUID.randomUUID(), 0, articleId, null, author, now, text, anchor, quote, false, null, null);
    }

    /** A new reply in {@code parent}'s thread, not yet stored. */
    public static Comment reply(Comment parent, String author, Instant now, String text) {
        return new Comment(UUID.randomUUID(), 0, parent.articleId(), parent.id(), author, now, text, Anchor.GENERAL,
                "", false, null, null);
    }

    public boolean isReply() {
        return parent != null;
    }

    public Comment withNumber(int n) {
        return new Comment(id, n, articleId, parent, author, createdAt, text, anchor, quote, resolved, stateChangedBy,
                stateChangedAt);
    }

    public Comment withAnchor(Anchor a) {
        return new Comment(id, number, articleId, parent, author, createdAt, text, a, quote, resolved, stateChangedBy,
                stateChangedAt);
    }

    public Comment withArticle(UUID newArticleId) {
        return new Comment(id, number, newArticleId, parent, author, createdAt, text, anchor, quote, resolved,
                stateChangedBy, stateChangedAt);
    }

    /** Resolved or reopened by {@code who} at {@code at}. */
    public Comment withResolved(boolean value, String who, Instant at) {
        return new Comment(id, number, articleId, parent, author, createdAt, text, anchor, quote, value, who, at);
    }

    /** True when {@code other}'s resolved state was set later than this one's: it wins in a merge. */
    public boolean stateIsOlderThan(Comment other) {
        if (other.stateChangedAt == null) {
            return false;
        }
        return stateChangedAt == null || other.stateChangedAt.isAfter(stateChangedAt);
    }
}
