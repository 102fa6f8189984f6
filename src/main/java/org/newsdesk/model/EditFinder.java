package org.newsdesk.model;

import java.util.List;

/**
 * Works out the edits that turn one text into another. The model only needs the answer; the service layer
 * supplies a real diff (word level), so anchors survive edits in several places at once.
 */
@FunctionalInterface
public interface EditFinder {
    /** Edits that, applied in order to {@code before}, give {@code after}. */
    List<TextEdit> edits(String before, String after);
}
