package org.newsdesk.export;

import java.util.Locale;
import java.util.Objects;
import org.newsdesk.model.Asset;

/**
 * An asset's description, and a way to read its bytes when its file is written: an export of a thousand
 * photos never holds more than the few it is writing.
 */
public record AssetFile(Asset asset, Content content) {

    /** Reads the picture's bytes; called once per file written, possibly from a rendering thread. */
    @FunctionalInterface
    public interface Content {
        byte[] read();
    }

    public AssetFile {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(content, "content");
    }

    /** Bytes already in memory (tests, small pictures). */
    public AssetFile(Asset asset, byte[] bytes) {
        this(asset, () -> bytes);
    }

    public byte[] bytes() {
        return content.read();
    }

    /** The file name extension for the asset's type; "bin" for a type browsers would not show inline. */
    String extension() {
        return extension(asset.mimeType());
    }

    static String extension(String mimeType) {
        String type = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
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
