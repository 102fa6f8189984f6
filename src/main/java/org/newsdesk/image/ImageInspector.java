package org.newsdesk.image;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.i18n.Message;

/**
 * Decides whether some bytes may enter the library as a picture. Every refusal is one sentence naming the
 * file: empty or too big, SVG (it can carry scripts), a format we cannot decode, a file that only claims to be
 * an image, too many pixels (checked from the decoder's header before any pixel is decoded), or damaged data.
 */
public final class ImageInspector {
    /** Decoding for the damage check keeps this many pixels across at most: all data is read, little is kept. */
    private static final int CHECK_WIDTH = 512;

    private final ImageLimits limits;

    public ImageInspector(ImageLimits limits) {
        this.limits = limits;
    }

    public ImageInspector() {
        this(ImageLimits.DEFAULT);
    }

    /** Reads and checks a picture file; too large a file is refused before it is read. */
    public ValidImage inspect(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw PictureRefusal.of("error.image.folder", name);
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw PictureRefusal.of("error.image.tooLarge", name, megabytes(size), megabytes(limits.maxBytes()));
            }
            return inspect(Files.readAllBytes(file), name);
        } catch (NoSuchFileException e) {
            throw PictureRefusal.of(e, "error.image.noSuchFile", name);
        } catch (IOException e) {
            throw PictureRefusal.of(e, "error.image.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The checked picture; throws a {@link PictureRefusal} saying what is wrong with {@code name} (a file name, or a
     * {@link org.newsdesk.i18n.Message} such as "it" when the caller names the picture itself).
     */
    public ValidImage inspect(byte[] bytes, Object name) {
        if (bytes.length == 0) {
            throw PictureRefusal.of("error.image.empty", name);
        }
        if (bytes.length > limits.maxBytes()) {
            throw PictureRefusal.of("error.image.tooLarge", name, megabytes(bytes.length), megabytes(limits.maxBytes()));
        }
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> unknown(bytes, name));
        Dimension size = header(bytes, format, name);
        if (size.width <= 0 || size.height <= 0 || !limits.allows(size.width, size.height)) {
            throw PictureRefusal.of("error.image.tooManyPixels", name, size.width, size.height, limits.maxSide(),
                    limits.maxPixels() / 1_000_000);
        }
        decodeFully(bytes, format, size, name);
        return new ValidImage(format, size.width, size.height, bytes, Sha256.hex(bytes));
    }

    private static PictureRefusal unknown(byte[] bytes, Object name) {
        String kind = ForeignFormats.describe(bytes).orElse(null);
        if ("svg".equals(kind)) {
            return PictureRefusal.of("error.image.svg", name);
        }
        if (kind != null) {
            return PictureRefusal.of("error.image.foreign", name, Message.of("image.kind." + kind));
        }
        return PictureRefusal.of(looksNamedLikeAnImage(name) ? "error.image.namedLikeAnImage" : "error.image.notAPicture",
                name);
    }

    private static boolean looksNamedLikeAnImage(Object name) {
        return name instanceof String s
                && s.toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png|gif|webp|svg|tiff?|bmp|heic|avif)$");
    }

    private static Dimension header(byte[] bytes, ImageFormat format, Object name) {
        try {
            return ImageDecoder.size(bytes, format);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, format, e.getMessage(), e);
        }
    }

    /** Reads all the data (subsampled, so memory stays small) to find damage past the header. */
    private static void decodeFully(byte[] bytes, ImageFormat format, Dimension size, Object name) {
        List<String> warnings = new ArrayList<>(); // the decoder's own words, shown as they are
        BufferedImage image;
        try {
            image = ImageDecoder.read(bytes, format, ImageDecoder.subsamplingFor(Math.max(size.width, size.height),
                    CHECK_WIDTH), warnings);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage();
            if (reason.toLowerCase(Locale.ROOT).contains("unsupported image type")) {
                throw PictureRefusal.of(e, "error.image.printOnly", name);
            }
            throw damaged(name, format, reason, e);
        }
        if (image == null) {
            throw PictureRefusal.nothingAdded(null, "error.image.holdsNoPicture", name, format.label());
        }
        if (!warnings.isEmpty()) {
            throw damaged(name, format, warnings.get(0), null);
        }
    }

    /** The decoder's reason is its own (English) words, kept as they are in brackets. */
    private static PictureRefusal damaged(Object name, ImageFormat format, String reason, Throwable cause) {
        String why = reason == null || reason.isBlank() ? "" : stripStop(reason.strip().lines().findFirst().orElse(""));
        return why.isEmpty() ? PictureRefusal.nothingAdded(cause, "error.image.damaged", name, format.label())
                : PictureRefusal.nothingAdded(cause, "error.image.damagedBecause", name, format.label(), why);
    }

    private static String stripStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
