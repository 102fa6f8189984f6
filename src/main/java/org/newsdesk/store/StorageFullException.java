package org.newsdesk.store;

import org.newsdesk.i18n.Message;
import org.newsdesk.model.NewsdeskException;

/** The disk is full: the transaction was rolled back, what was stored before is intact. */
public class StorageFullException extends NewsdeskException {
    public StorageFullException(Message sentence, Throwable cause) {
        super(sentence, cause);
    }
}
