package org.newsdesk.ui.editor.body;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.IndexRange;

/** Finds a literal string in text, optionally matching case and whole words only. Pure. */
final class TextSearch {

    record Options(boolean matchCase, boolean wholeWord) {
    }

    private TextSearch() {
    }

    static List<IndexRange> find(String text, String query, Options options) {
        List<IndexRange> matches = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return matches;
        }
        int flags = Pattern.LITERAL | (options.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = Pattern.compile(query, flags).matcher(text);
        while (m.find()) {
            if (!options.wholeWord() || isWordBoundary(text, m.start()) && isWordBoundary(text, m.end())) {
                matches.add(new IndexRange(m.start(), m.end()));
            }
        }
        return matches;
    }

    private static boolean isWordBoundary(String text, int index) {
        boolean before = index > 0 && isWordChar(text.charAt(index - 1));
        boolean after = index < text.length() && isWordChar(text.charAt(index));
        return !(before && after);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
