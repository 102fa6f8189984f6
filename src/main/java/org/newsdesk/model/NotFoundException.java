package org.newsdesk.model;

/** No article (or revision, tag…) with that id. CLI exit code 2: the input named something that is not there. */
public class NotFoundException extends BadInputException {
    public NotFoundException(String message) {
        super(message);
    }
}
