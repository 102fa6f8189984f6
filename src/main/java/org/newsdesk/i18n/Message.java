package org.newsdesk.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence to show a user, not yet in any language: a bundle key and its arguments (strings, numbers, or other
 * messages, rendered in the same language). A literal holds text that was never in a bundle (a server's own words);
 * {@link #sentences} runs several sentences into one ("The article has no standfirst; the article has no tags.").
 */
public record Message(String key, List<Object> args, String literal, boolean joined) {
    public Message {
        args = args == null ? List.of() : List.copyOf(args);
        if (key == null && literal == null && !joined) {
            throw new IllegalArgumentException("A message needs a key or a literal text");
        }
    }

    public static Message of(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        return new Message(key, Arrays.stream(args).map(a -> a == null ? "" : a).toList(), null, false);
    }

    /** Text shown as it is in every language (names, a server's message). */
    public static Message literal(String text) {
        return new Message(null, List.of(), text == null ? "" : text, false);
    }

    /** Several sentences as one: joined by the language's semicolon, each but the first starting in lower case. */
    public static Message sentences(List<Message> parts) {
        return new Message(null, List.copyOf(parts), null, true);
    }

    /** As {@link #sentences}, the first sentence also starting in lower case (it follows a colon). */
    public static Message sentencesAfterColon(List<Message> parts) {
        return new Message(LOWER_FIRST, List.copyOf(parts), null, true);
    }

    /** The key a joined message carries when its first sentence starts in lower case. */
    static final String LOWER_FIRST = "\u0000lowerFirst";

    public boolean isLiteral() {
        return key == null && !joined;
    }
}
