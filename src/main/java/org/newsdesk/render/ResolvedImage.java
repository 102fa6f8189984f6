package org.newsdesk.render;

import java.util.Objects;

/**
 * Where an image is and, when known, its size in pixels (0 = unknown). Width and height let browsers
 * reserve the space before the image loads, so the text does not jump.
 */
public record ResolvedImage(String src, int width, int height) {

    public ResolvedImage {
        Objects.requireNonNull(src, "src");
        width = Math.max(width, 0);
        height = Math.max(height, 0);
    }

    public static ResolvedImage of(String src) {
        return new ResolvedImage(src, 0, 0);
    }

    boolean hasSize() {
        return width > 0 && height > 0;
    }
}
