package org.newsdesk.image;

import java.util.Objects;

/** A resized copy of a picture, encoded in the original's format. */
public record Rendition(int width, int height, ImageFormat format, byte[] bytes) {
    public Rendition {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
    }
}
