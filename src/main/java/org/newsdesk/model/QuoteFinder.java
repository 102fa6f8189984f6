package org.newsdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.i18n.Message;

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
            throw new ValidationException("quote", Message.of("error.comment.quoteEmpty"));
        }
        List<String> words = List.of(q.split("\\s+"));
        Pattern pattern = Pattern.compile(String.join("\\s+", words.stream().map(Pattern::quote).toList()));
        Matcher m = pattern.matcher(text);
        List<Anchor> found = new ArrayList<>();
        while (m.find()) {
            found.add(new Anchor(m.start(), m.end()));
        }
        if (found.isEmpty()) {
            throw new BadInputException(Message.of("error.comment.quoteMissing", q));
        }
        if (found.size() > 1) {
            throw new BadInputException(Message.of("error.comment.quoteAmbiguous", q, found.size()));
        }
        return found.get(0);
    }
}
