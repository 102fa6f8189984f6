package org.newsdesk.render;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where an image is and, when known, its size in pixels (0 = unknown). Width and height let browsers
 * reserve the space before the image loads, so the text does not jump. Exports also know each file's media type
 * and bytes, which ninjs lists for every rendition.
 *
 * @param sources  smaller copies of the same picture, for {@code srcset}: browsers on small screens fetch those
 * @param mimeType of the original, e.g. image/jpeg; null when unknown
 * @param bytes    size of the original's file; 0 when unknown
 */
public record ResolvedImage(String src, int width, int height, List<Source> sources, String mimeType, long bytes) {

    /** One resized copy: where it is, its pixels, and (null, 0 when unknown) its file's media type and bytes. */
    public record Source(String src, int width, int height, String mimeType, long bytes) {
        public Source {
            Objects.requireNonNull(src, "src");
            height = Math.max(height, 0);
            bytes = Math.max(bytes, 0);
        }

        public Source(String src, int width) {
            this(src, width, 0, null, 0);
        }
    }

    public ResolvedImage {
        Objects.requireNonNull(src, "src");
        width = Math.max(width, 0);
        height = Math.max(height, 0);
        sources = sources == null ? List.of() : sources.stream().filter(s -> s.width() > 0)
                .sorted(Comparator.comparingInt(Source::width)).toList();
        mimeType = mimeType == null || mimeType.isBlank() ? null : mimeType;
        bytes = Math.max(bytes, 0);
    }

    public ResolvedImage(String src, int width, int height, List<Source> sources) {
        this(src, width, height, sources, null, 0);
    }

    public ResolvedImage(String src, int width, int height) {
        this(src, width, height, List.of());
    }

    public static ResolvedImage of(String src) {
        return new ResolvedImage(src, 0, 0);
    }

    boolean hasSize() {
        return width > 0 && height > 0;
    }
}
