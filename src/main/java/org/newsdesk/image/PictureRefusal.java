package org.newsdesk.image;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;

/**
 * A picture the check refused. Its sentence names the picture ("a.svg is an SVG drawing…"); {@link #about} says the
 * same of another subject ("it is an SVG drawing…"), without the full stop, so an import can end its warning with it.
 */
public final class PictureRefusal extends BadInputException {
    private final String key;
    private final transient List<Object> args;
    private final boolean nothingAdded;

    private PictureRefusal(String key, Object subject, List<Object> args, boolean nothingAdded, Throwable cause) {
        super(sentence(key, subject, args, nothingAdded), cause);
        this.key = key;
        this.args = List.copyOf(args);
        this.nothingAdded = nothingAdded;
    }

    /** @param key a clause of the bundles with the picture as {0} and no full stop ("{0} is empty, not an image") */
    static PictureRefusal of(String key, Object subject, Object... args) {
        return new PictureRefusal(key, subject, List.of(args), false, null);
    }

    static PictureRefusal of(Throwable cause, String key, Object subject, Object... args) {
        return new PictureRefusal(key, subject, List.of(args), false, cause);
    }

    /** A refusal whose sentence adds "; nothing was added" (a damaged picture: the user may think part of it was). */
    static PictureRefusal nothingAdded(Throwable cause, String key, Object subject, Object... args) {
        return new PictureRefusal(key, subject, List.of(args), true, cause);
    }

    /** The refusal as a clause about {@code subject} (a name, or a message such as "it"), without a full stop. */
    public Message about(Object subject) {
        return clause(key, subject, args);
    }

    private static Message clause(String key, Object subject, List<Object> args) {
        List<Object> all = new ArrayList<>();
        all.add(subject);
        all.addAll(args);
        return Message.of(key, all.toArray());
    }

    private static Message sentence(String key, Object subject, List<Object> args, boolean nothingAdded) {
        Message clause = clause(key, subject, args);
        return Message.sentences(nothingAdded ? List.of(clause, Message.of("error.image.nothingAdded")) : List.of(clause));
    }
}
