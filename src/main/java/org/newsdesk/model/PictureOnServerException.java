package org.newsdesk.model;

import org.newsdesk.i18n.Message;

/**
 * A picture of a team library whose bytes were left on the server (pictures on demand) is needed while the server
 * cannot be reached. Nothing is lost: the picture appears once the laptop is online again.
 */
public final class PictureOnServerException extends TeamUnreachableException {
    private final String sha256;

    public PictureOnServerException(String sha256, Message sentence, Throwable cause) {
        super(sentence, cause);
        this.sha256 = sha256;
    }

    public String sha256() {
        return sha256;
    }
}
