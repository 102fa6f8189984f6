package org.newsdesk.model;

/** A stored file (a photo), addressed by the SHA-256 of its bytes. */
public record Asset(String sha256, String mimeType, int width, int height, long size) {
}
