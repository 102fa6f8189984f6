package org.newsdesk.spelling;

import java.util.List;

/** A grammar or style rule's finding in a paragraph: where, what it says, what it proposes. */
public record GrammarMatch(int start, int end, String message, List<String> suggestions, String ruleId) {
    public GrammarMatch {
        suggestions = List.copyOf(suggestions);
    }
}
