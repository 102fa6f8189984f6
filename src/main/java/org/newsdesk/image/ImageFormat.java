package org.newsdesk.image;

import java.util.Locale;
import java.util.Optional;

/**
 * The picture formats the library stores. A file's format is told by its first bytes, never by its name or by
 * what its metadata claims, and each is accepted only because the JDK's ImageIO can decode it here.
 */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg", "JPEG"),
    PNG("image/png", "png", "PNG"),
    /** Accepted (ImageIO reads it) but given no resized copies: resizing would flatten an animation. */
    GIF("image/gif", "gif", "GIF");

    private final String mimeType;
    private final String extension;
    private final String label;

    ImageFormat(String mimeType, String extension, String label) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.label = label;
    }

    public String mimeType() {
        return mimeType;
    }

    /** File name ending, without the dot. */
    public String extension() {
        return extension;
    }

    /** The name people know the format by, also ImageIO's format name. */
    public String label() {
        return label;
    }

    /** Whether smaller copies are made for the web: JPEG stays JPEG, PNG stays PNG. */
    public boolean hasRenditions() {
        return this != GIF;
    }

    /** The format the magic numbers at the start of {@code bytes} announce, if it is one of ours. */
    public static Optional<ImageFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return Optional.of(GIF);
        }
        return Optional.empty();
    }

    /** The format stored under {@code mimeType}, if it is one of ours. */
    public static Optional<ImageFormat> ofMimeType(String mimeType) {
        String type = mimeType == null ? "" : mimeType.strip().toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            if (format.mimeType.equals(type)) {
                return Optional.of(format);
            }
        }
        return type.equals("image/jpg") ? Optional.of(JPEG) : Optional.empty();
    }

    static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
