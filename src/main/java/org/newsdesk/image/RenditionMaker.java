package org.newsdesk.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the web sizes of a picture: 1600, 800 and 400 pixels wide, each only when smaller than the original,
 * in the original's format. The original is decoded once, subsampled by ImageIO while reading to about twice
 * the largest size needed, then shrunk step by step; each size is made from the one before.
 */
public final class RenditionMaker {
    /** Widths of the resized copies, largest first. */
    public static final List<Integer> WIDTHS = List.of(1600, 800, 400);

    /** Which widths a picture this wide gets: those smaller than it. None for formats without renditions. */
    public static List<Integer> widthsFor(ImageFormat format, int originalWidth) {
        if (!format.hasRenditions()) {
            return List.of();
        }
        return WIDTHS.stream().filter(w -> w < originalWidth).toList();
    }

    /** The height that keeps the proportions at {@code width}; at least one pixel. */
    public static int heightFor(int width, int originalWidth, int originalHeight) {
        return Math.max(1, (int) Math.round((double) originalHeight * width / originalWidth));
    }

    /** Every web size of the picture, largest first; the format's own encoding. */
    public List<Rendition> make(byte[] original, ImageFormat format, int originalWidth, int originalHeight) {
        List<Integer> widths = widthsFor(format, originalWidth);
        if (widths.isEmpty()) {
            return List.of();
        }
        BufferedImage current = decodeFor(original, format, originalWidth, widths.get(0));
        List<Rendition> made = new ArrayList<>(widths.size());
        for (int width : widths) {
            int height = heightFor(width, originalWidth, originalHeight);
            current = Downscale.to(current, width, height);
            made.add(new Rendition(width, height, format, ImageEncoder.encode(current, format)));
        }
        return made;
    }

    /**
     * A copy that fits in {@code maxWidth} × {@code maxHeight} (never enlarged), for screens: the editor's
     * thumbnails and the live preview. GIFs come back as PNG.
     */
    public Rendition fit(byte[] original, ImageFormat format, int originalWidth, int originalHeight, int maxWidth,
                         int maxHeight) {
        double scale = Math.min(1.0, Math.min((double) maxWidth / originalWidth, (double) maxHeight / originalHeight));
        int width = Math.max(1, (int) Math.round(originalWidth * scale));
        int height = Math.max(1, (int) Math.round(originalHeight * scale));
        BufferedImage image = Downscale.to(decodeFor(original, format, originalWidth, width), width, height);
        ImageFormat encoded = format == ImageFormat.JPEG ? ImageFormat.JPEG : ImageFormat.PNG;
        return new Rendition(width, height, encoded, ImageEncoder.encode(image, format));
    }

    /** Decoded with as much subsampling as leaves twice the target width: enough pixels to average well. */
    private static BufferedImage decodeFor(byte[] original, ImageFormat format, int originalWidth, int targetWidth) {
        try {
            BufferedImage image = ImageDecoder.read(original, format,
                    ImageDecoder.subsamplingFor(originalWidth, 2 * targetWidth));
            if (image == null) {
                throw new IOException("the file holds no picture");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot decode the picture: " + e.getMessage(), e);
        }
    }
}
