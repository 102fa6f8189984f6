package org.newsdesk.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.EditFinder;
import org.newsdesk.model.TextEdit;

/**
 * Finds the edits between two texts with a word-level Myers diff, then trims each edit to the characters
 * that really changed ("quick" → "quicker" is an insertion of "er"), so anchors move as little as possible.
 */
public final class TokenEditFinder implements EditFinder {

    @Override
    public List<TextEdit> edits(String before, String after) {
        if (before.equals(after)) {
            return List.of();
        }
        List<String> a = WordTokens.split(before);
        List<String> b = WordTokens.split(after);
        int[] offsets = offsets(a);
        List<TextEdit> edits = new ArrayList<>();
        int shift = 0; // how much longer the text has become through the edits so far
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int from = offsets[delta.getSource().getPosition()];
            int to = offsets[delta.getSource().getPosition() + delta.getSource().size()];
            String deleted = before.substring(from, to);
            String inserted = String.join("", delta.getTarget().getLines());
            int prefix = commonPrefix(deleted, inserted);
            int suffix = commonSuffix(deleted.substring(prefix), inserted.substring(prefix));
            TextEdit edit = new TextEdit(from + shift + prefix, deleted.length() - prefix - suffix,
                    inserted.substring(prefix, inserted.length() - suffix));
            edits.add(edit);
            shift += edit.delta();
        }
        return edits;
    }

    private static int[] offsets(List<String> tokens) {
        int[] offsets = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            offsets[i + 1] = offsets[i] + tokens.get(i).length();
        }
        return offsets;
    }

    private static int commonPrefix(String x, String y) {
        int n = Math.min(x.length(), y.length());
        int i = 0;
        while (i < n && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        // never split a surrogate pair
        return i > 0 && Character.isHighSurrogate(x.charAt(i - 1)) ? i - 1 : i;
    }

    private static int commonSuffix(String x, String y) {
        int n = Math.min(x.length(), y.length());
        int i = 0;
        while (i < n && x.charAt(x.length() - 1 - i) == y.charAt(y.length() - 1 - i)) {
            i++;
        }
        return i > 0 && Character.isLowSurrogate(x.charAt(x.length() - i)) ? i - 1 : i;
    }
}
