package org.newsdesk.model;

import org.newsdesk.i18n.Message;

/** No article (or revision, tag…) with that id. CLI exit code 2: the input named something that is not there. */
public class NotFoundException extends BadInputException {

    public NotFoundException(Message sentence) {
        super(sentence);
    }
}
