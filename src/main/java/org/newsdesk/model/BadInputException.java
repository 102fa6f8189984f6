package org.newsdesk.model;

import org.newsdesk.i18n.Message;

/** Input that cannot be used: an unreadable file, malformed data, an invalid value. CLI exit code 2. */
public class BadInputException extends NewsdeskException {


    public BadInputException(Message sentence) {
        super(sentence);
    }

    public BadInputException(Message sentence, Throwable cause) {
        super(sentence, cause);
    }
}
