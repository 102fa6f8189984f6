package org.newsdesk.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.newsdesk.i18n.Message;

/**
 * Something the spelling and names checks flag in an article: a word no dictionary knows, a grammar or style
 * finding (when a library switched those on), or a name not written as agreed.
 *
 * @param place       where: headline, standfirst or a body block
 * @param start       first character, counted in the place's text
 * @param end         one past the last character
 * @param word        the flagged text
 * @param suggestions up to five replacements, best first (for a name: the agreed spelling)
 * @param message     one sentence for people, in no language yet (LanguageTool's own words for grammar)
 * @param language    the language the text was checked in (BCP 47)
 */
public record Mistake(TextPlace place, int start, int end, String word, Kind kind, List<String> suggestions,
                      Message message, String language) {

    public static final int MAX_SUGGESTIONS = 5;

    /** Reading order. */
    public static final Comparator<Mistake> IN_READING_ORDER = Comparator.comparing(Mistake::place)
            .thenComparingInt(Mistake::start).thenComparingInt(Mistake::end);

    public enum Kind { SPELLING, GRAMMAR, NAME }

    /** The same mistake with {@code replacements} offered (worked out when a menu opened). */
    public Mistake withSuggestions(List<String> replacements) {
        return new Mistake(place, start, end, word, kind, replacements, message, language);
    }

    public Mistake {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad range " + start + ".." + end);
        }
        suggestions = suggestions == null ? List.of()
                : List.copyOf(suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size())));
        message = message == null ? Message.literal("") : message;
        word = word == null ? "" : word;
        language = language == null ? "" : language;
    }

    /** The same mistake moved by {@code delta} characters (the text before it changed length). */
    public Mistake shifted(int delta) {
        return new Mistake(place, start + delta, end + delta, word, kind, suggestions, message, language);
    }
}
