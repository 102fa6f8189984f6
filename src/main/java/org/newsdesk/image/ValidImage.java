package org.newsdesk.image;

import java.util.Objects;
import org.newsdesk.model.Asset;

/**
 * A picture that passed {@link ImageInspector}: a format we decode, a sane size, pixels that decode cleanly.
 *
 * @param sha256 the SHA-256 of {@code bytes}: the asset's address in the library
 */
public record ValidImage(ImageFormat format, int width, int height, byte[] bytes, String sha256) {

    public ValidImage {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
    }

    public Asset asset() {
        return new Asset(sha256, format.mimeType(), width, height, bytes.length);
    }
}
