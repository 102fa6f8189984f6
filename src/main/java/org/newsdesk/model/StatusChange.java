package org.newsdesk.model;

import java.time.Instant;

/**
 * One step of the workflow: who moved the article from which state to which, and why.
 *
 * @param from     the state before, or null for the article's creation
 * @param revision the revision holding the text as it was at this step, or 0 when unknown
 */
public record StatusChange(ArticleStatus from, ArticleStatus to, String author, Instant at, String note, int revision) {
    public StatusChange {
        note = note == null ? "" : note;
    }

    public StatusChange(ArticleStatus from, ArticleStatus to, String author, Instant at, String note) {
        this(from, to, author, at, note, 0);
    }

    /** The same step, pointing at another revision number (after a merge renumbered it). */
    public StatusChange withRevision(int number) {
        return new StatusChange(from, to, author, at, note, number);
    }

    /** Same step taken by the same person at the same time: how two libraries recognise a shared history entry. */
    public boolean sameStepAs(StatusChange o) {
        return from == o.from && to == o.to && author.equals(o.author) && at.equals(o.at) && note.equals(o.note);
    }
}
