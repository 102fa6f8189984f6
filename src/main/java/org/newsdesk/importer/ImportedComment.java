package org.newsdesk.importer;

import java.time.Instant;
import org.newsdesk.model.Anchor;

/**
 * A review comment a file brought along (Word's comments), to be stored with its article.
 *
 * @param author  who wrote it, as the file says ("" when it does not)
 * @param created when, or null when the file does not say
 * @param text    the comment's words
 * @param anchor  the words it is on, in the imported body's plain text; GENERAL when they cannot be placed
 */
public record ImportedComment(String author, Instant created, String text, Anchor anchor) {
    public ImportedComment {
        author = author == null || author.isBlank() ? "Word" : author.strip();
        text = text == null ? "" : text.strip();
        anchor = anchor == null ? Anchor.GENERAL : anchor;
    }
}
