package org.newsdesk.model;

/** A value a user gave breaks a rule; the message says which and why in one sentence. */
public class ValidationException extends BadInputException {
    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
