package org.newsdesk.model;

import org.newsdesk.i18n.Message;

/** The team library's server cannot be reached (offline, server down, network cut). CLI exit code 2. */
public class TeamUnreachableException extends BadInputException {

    public TeamUnreachableException(Message sentence, Throwable cause) {
        super(sentence, cause);
    }
}
