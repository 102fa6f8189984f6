package org.newsdesk.store;

import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;

/** A write was asked of a library that can only be read. */
public class ReadOnlyLibraryException extends BadInputException {
    public ReadOnlyLibraryException(Message sentence) {
        super(sentence);
    }
}
