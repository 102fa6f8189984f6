package org.newsdesk.spelling;

/** A word of a paragraph: where it starts and ends (UTF-16 offsets in the paragraph) and what it says. */
public record WordSpan(int start, int end, String word) {
}
