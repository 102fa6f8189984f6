package org.newsdesk.model;

/** Input that cannot be used: an unreadable file, malformed data, an invalid value. CLI exit code 2. */
public class BadInputException extends NewsdeskException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
