package org.newsdesk.model;

/** Inline formatting a run of text can carry. Links are not marks: a run carries its href. */
public enum Mark {
    BOLD, ITALIC, UNDERLINE, STRIKETHROUGH, SUPERSCRIPT, SUBSCRIPT
}
