package org.newsdesk.model;

import org.newsdesk.i18n.Message;

/** Someone else saved first, or the action is refused in the current state. CLI exit code 3. */
public class ConflictException extends NewsdeskException {


    public ConflictException(Message sentence) {
        super(sentence);
    }

    public ConflictException(Message sentence, Throwable cause) {
        super(sentence, cause);
    }
}
