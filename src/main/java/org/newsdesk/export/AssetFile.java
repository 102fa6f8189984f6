package org.newsdesk.export;

import java.util.Objects;
import org.newsdesk.model.Asset;

/** An asset's description and its bytes, as read from the library for one export. */
public record AssetFile(Asset asset, byte[] bytes) {
    public AssetFile {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The file name extension for the asset's type; "bin" for a type browsers would not show inline. */
    String extension() {
        String type = asset.mimeType() == null ? "" : asset.mimeType().toLowerCase(java.util.Locale.ROOT);
        return switch (type) {
            case "image/jpeg", "image/jpg" -> "jpg";
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            case "image/avif" -> "avif";
            default -> "bin";
        };
    }
}
