package org.newsdesk.model;

/** Base of the errors a user is shown: the message is one clear sentence. */
public class NewsdeskException extends RuntimeException {
    public NewsdeskException(String message) {
        super(message);
    }

    public NewsdeskException(String message, Throwable cause) {
        super(message, cause);
    }
}
