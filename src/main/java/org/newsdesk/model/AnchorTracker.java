package org.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * Keeps comment anchors on their words while the text changes. For each edit:
 * <ul>
 * <li>text typed or deleted before the anchor shifts it;</li>
 * <li>text typed strictly inside it extends it (typing right at either edge stays outside);</li>
 * <li>deleting part of it shrinks it to the words that are left;</li>
 * <li>deleting all of it (even when something else is typed in its place) makes it {@link Anchor#GENERAL}:
 *     the comment then keeps its quote, but no longer points anywhere.</li>
 * </ul>
 * So an anchor always covers the words it was made on that still exist, plus what was typed between them,
 * and never words that were outside it.
 */
public final class AnchorTracker {
    private final EditFinder editFinder;

    public AnchorTracker(EditFinder editFinder) {
        this.editFinder = Objects.requireNonNull(editFinder);
    }

    /** Moves {@code anchor} from {@code before} to {@code after}, using the edit finder's diff. */
    public Anchor follow(Anchor anchor, String before, String after) {
        if (anchor.isGeneral() || before.equals(after)) {
            return anchor;
        }
        return follow(anchor, editFinder.edits(before, after));
    }

    /** Moves {@code anchor} through {@code edits}, applied in order. */
    public static Anchor follow(Anchor anchor, List<TextEdit> edits) {
        Anchor current = anchor;
        for (TextEdit edit : edits) {
            current = follow(current, edit);
        }
        return current;
    }

    public static Anchor follow(Anchor anchor, TextEdit edit) {
        if (anchor.isGeneral()) {
            return anchor;
        }
        int s = edit.start();
        int e = edit.deletedEnd();
        int start;
        if (anchor.start() < s) {
            start = anchor.start();
        } else if (anchor.start() >= e) {
            start = anchor.start() + edit.delta(); // includes typing right at the start: the anchor moves on
        } else {
            start = s + edit.inserted().length(); // its first words were deleted: start after the replacement
        }
        int end;
        if (anchor.end() <= s) {
            end = anchor.end(); // includes typing right at the end: stays outside
        } else if (anchor.end() >= e) {
            end = anchor.end() + edit.delta();
        } else {
            end = s; // its last words were deleted: end before the replacement
        }
        return start < end ? new Anchor(start, end) : Anchor.GENERAL;
    }
}
