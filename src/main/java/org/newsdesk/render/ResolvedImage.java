package org.newsdesk.render;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where an image is and, when known, its size in pixels (0 = unknown). Width and height let browsers
 * reserve the space before the image loads, so the text does not jump.
 *
 * @param sources smaller copies of the same picture, for {@code srcset}: browsers on small screens fetch those
 */
public record ResolvedImage(String src, int width, int height, List<Source> sources) {

    /** One resized copy: where it is and how many pixels wide. */
    public record Source(String src, int width) {
        public Source {
            Objects.requireNonNull(src, "src");
        }
    }

    public ResolvedImage {
        Objects.requireNonNull(src, "src");
        width = Math.max(width, 0);
        height = Math.max(height, 0);
        sources = sources == null ? List.of() : sources.stream().filter(s -> s.width() > 0)
                .sorted(Comparator.comparingInt(Source::width)).toList();
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
