package org.newsdesk.model;

/**
 * Marks a revision that a review-package import could not merge: both sides changed the text since their
 * common revision, so the incoming text was stored as a revision beside the local text instead of replacing it.
 */
public enum ConflictMark {
    /** The user has not yet compared and settled it. */
    OPEN,
    /** The user settled it (restored it or marked it handled); it counts as seen in later merges. */
    RESOLVED
}
