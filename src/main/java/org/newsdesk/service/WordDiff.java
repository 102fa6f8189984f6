package org.newsdesk.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.DiffSegment;

/**
 * Word-level diff of two texts as segments a person reads: "Schools [-open-]{+reopen+} today". Changes
 * separated only by a space are shown as one ("[-quick brown-]{+slow red+}", not two), and within a change
 * the deleted words come before the inserted ones.
 */
final class WordDiff {
    private WordDiff() {
    }

    static List<DiffSegment> segments(String before, String after) {
        List<String> a = WordTokens.split(before);
        List<String> b = WordTokens.split(after);
        List<Part> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            if (start > position) {
                parts.add(Part.equal(String.join("", a.subList(position, start))));
            }
            parts.add(new Part(null, String.join("", delta.getSource().getLines()),
                    String.join("", delta.getTarget().getLines())));
            position = start + delta.getSource().size();
        }
        if (position < a.size()) {
            parts.add(Part.equal(String.join("", a.subList(position, a.size()))));
        }
        return toSegments(joinChangesAcrossSpaces(parts));
    }

    /** A stretch that is either equal (equal != null) or a change (deleted and/or inserted text). */
    private record Part(String equal, String deleted, String inserted) {
        static Part equal(String text) {
            return new Part(text, "", "");
        }

        boolean isReplacement() {
            return equal == null && !deleted.isEmpty() && !inserted.isEmpty();
        }
    }

    private static List<Part> joinChangesAcrossSpaces(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            boolean bridge = p.equal() != null && p.equal().isBlank() && !out.isEmpty() && i + 1 < parts.size()
                    && out.get(out.size() - 1).isReplacement() && parts.get(i + 1).isReplacement();
            if (bridge) {
                Part before = out.remove(out.size() - 1);
                Part next = parts.get(++i);
                out.add(new Part(null, before.deleted() + p.equal() + next.deleted(),
                        before.inserted() + p.equal() + next.inserted()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<DiffSegment> toSegments(List<Part> parts) {
        List<DiffSegment> out = new ArrayList<>();
        for (Part p : parts) {
            if (p.equal() != null) {
                out.add(DiffSegment.equal(p.equal()));
            } else {
                if (!p.deleted().isEmpty()) {
                    out.add(DiffSegment.deleted(p.deleted()));
                }
                if (!p.inserted().isEmpty()) {
                    out.add(DiffSegment.inserted(p.inserted()));
                }
            }
        }
        return out;
    }
}
