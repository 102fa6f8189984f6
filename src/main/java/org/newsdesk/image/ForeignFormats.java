package org.newsdesk.image;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises files that are not one of our {@link ImageFormat}s, so a refusal can say what the file is
 * ("an SVG drawing", "a WebP image": the bundles' {@code image.kind.*}) instead of only what it is not.
 */
final class ForeignFormats {
    private ForeignFormats() {
    }

    /**
     * What the file is, when we know, as the end of a bundle key ({@code image.kind.webp}: "a WebP image"); empty when
     * it is unknown.
     */
    static Optional<String> describe(byte[] bytes) {
        if (looksLikeMarkup(bytes)) {
            return Optional.of(isSvg(bytes) ? "svg" : "markup");
        }
        if (ImageFormat.startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length >= 12
                && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("webp");
        }
        if (ImageFormat.startsWith(bytes, 'I', 'I', 0x2A, 0x00) || ImageFormat.startsWith(bytes, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of("tiff");
        }
        if (ImageFormat.startsWith(bytes, 'B', 'M')) {
            return Optional.of("bmp");
        }
        if (bytes.length >= 12 && new String(bytes, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
            String brand = new String(bytes, 8, 4, StandardCharsets.US_ASCII);
            return Optional.of(brand.startsWith("avi") ? "avif" : brand.startsWith("hei") || brand.startsWith("mif")
                    ? "heic" : "video");
        }
        if (ImageFormat.startsWith(bytes, '%', 'P', 'D', 'F')) {
            return Optional.of("pdf");
        }
        if (ImageFormat.startsWith(bytes, 'P', 'K', 3, 4)) {
            return Optional.of("zip");
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
