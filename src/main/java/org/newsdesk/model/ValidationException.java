package org.newsdesk.model;

import org.newsdesk.i18n.Message;

/** A value a user gave breaks a rule; the message says which and why in one sentence. */
public class ValidationException extends BadInputException {
    private final String field;


    public ValidationException(String field, Message sentence) {
        super(sentence);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
