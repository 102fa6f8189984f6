package org.newsdesk.image;

/**
 * How large a picture may be before it is refused. Dimensions are read from the decoder's own header (the JPEG
 * frame, the PNG IHDR), never from metadata a file could fake, and checked before a single pixel is decoded:
 * a 20,000 × 20,000 image would take 1.6 GB of memory to decode (a decompression bomb).
 *
 * @param maxSide   pixels on the longer side
 * @param maxPixels width × height
 * @param maxBytes  size of the file
 */
public record ImageLimits(int maxSide, long maxPixels, long maxBytes) {

    /** Room for a 100-megapixel camera; far below what would exhaust memory. */
    public static final ImageLimits DEFAULT = new ImageLimits(16_000, 100_000_000L, 64L * 1024 * 1024);

    public ImageLimits {
        if (maxSide <= 0 || maxPixels <= 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("image limits must be positive");
        }
    }

    boolean allows(int width, int height) {
        return width <= maxSide && height <= maxSide && (long) width * height <= maxPixels;
    }
}
