package org.newsdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where quoted words stand in a text, the way a person quotes them: any run of white space in the
 * quote matches any run in the text (a quote may span paragraphs). A quote must point at exactly one place.
 */
public final class QuoteFinder {
    private QuoteFinder() {
    }

    /** The one place {@code quote} occurs in {@code text}; a {@link BadInputException} if none or several. */
    public static Anchor find(String text, String quote) {
        String q = quote == null ? "" : quote.strip();
        if (q.isEmpty()) {
            throw new ValidationException("quote", "The quote is empty; give the words of the body the comment is about.");
        }
        List<String> words = List.of(q.split("\\s+"));
        Pattern pattern = Pattern.compile(String.join("\\s+", words.stream().map(Pattern::quote).toList()));
        Matcher m = pattern.matcher(text);
        List<Anchor> found = new ArrayList<>();
        while (m.find()) {
            found.add(new Anchor(m.start(), m.end()));
        }
        if (found.isEmpty()) {
            throw new BadInputException("The quote \"" + q + "\" is not in the body.");
        }
        if (found.size() > 1) {
            throw new BadInputException("The quote \"" + q + "\" appears " + found.size()
                    + " times in the body; quote more words so that it points at one place.");
        }
        return found.get(0);
    }
}
