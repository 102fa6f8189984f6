package org.newsdesk.model;

import org.newsdesk.i18n.Message;
import org.newsdesk.i18n.Messages;

/**
 * Base of the errors a user is shown: one clear sentence, kept as a {@link Message} (a bundle key and arguments) so
 * the window and the command line say it in the interface's language; {@link #getMessage()} is the English, for logs.
 * The String constructors remain for sentences not (yet) in the bundles: they are shown as written.
 */
public class NewsdeskException extends RuntimeException {
    private final transient Message sentence;



    public NewsdeskException(Message sentence) {
        this(sentence, null);
    }

    public NewsdeskException(Message sentence, Throwable cause) {
        super(Messages.english().text(sentence), cause);
        this.sentence = sentence;
    }

    /** The sentence, to be rendered in the interface's language. */
    public Message sentence() {
        return sentence;
    }
}
