package org.newsdesk.image;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises files that are not one of our {@link ImageFormat}s, so a refusal can say what the file is
 * ("an SVG drawing", "a WebP image") instead of only what it is not.
 */
final class ForeignFormats {
    private ForeignFormats() {
    }

    /** What the file is, as words for a sentence, when we know; empty when it is unknown. */
    static Optional<String> describe(byte[] bytes) {
        if (looksLikeMarkup(bytes)) {
            return Optional.of(isSvg(bytes) ? "an SVG drawing" : "an XML or HTML file");
        }
        if (ImageFormat.startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length >= 12
                && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("a WebP image");
        }
        if (ImageFormat.startsWith(bytes, 'I', 'I', 0x2A, 0x00) || ImageFormat.startsWith(bytes, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of("a TIFF image");
        }
        if (ImageFormat.startsWith(bytes, 'B', 'M')) {
            return Optional.of("a BMP image");
        }
        if (bytes.length >= 12 && new String(bytes, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
            String brand = new String(bytes, 8, 4, StandardCharsets.US_ASCII);
            return Optional.of(brand.startsWith("avi") ? "an AVIF image" : brand.startsWith("hei") || brand.startsWith("mif")
                    ? "a HEIC image" : "a video or MPEG-4 file");
        }
        if (ImageFormat.startsWith(bytes, '%', 'P', 'D', 'F')) {
            return Optional.of("a PDF document");
        }
        if (ImageFormat.startsWith(bytes, 'P', 'K', 3, 4)) {
            return Optional.of("a zip archive");
        }
        return Optional.empty();
    }

    /** Text starting with "<" (after a byte order mark and white space): SVG, XML, HTML. */
    private static boolean looksLikeMarkup(byte[] bytes) {
        int i = ImageFormat.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < bytes.length && i < 1024 && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    private static boolean isSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).toLowerCase();
        return head.contains("<svg");
    }
}
