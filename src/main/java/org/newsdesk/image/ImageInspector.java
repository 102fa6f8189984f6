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
import org.newsdesk.model.BadInputException;

/**
 * Decides whether some bytes may enter the library as a picture. Every refusal is one sentence naming the
 * file: empty or too big, SVG (it can carry scripts), a format we cannot decode, a file that only claims to be
 * an image, too many pixels (checked from the decoder's header before any pixel is decoded), or damaged data.
 */
public final class ImageInspector {
    /** Decoding for the damage check keeps this many pixels across at most: all data is read, little is kept. */
    private static final int CHECK_WIDTH = 512;
    private static final String ACCEPTED = "JPEG, PNG or GIF";

    private final ImageLimits limits;

    public ImageInspector(ImageLimits limits) {
        this.limits = limits;
    }

    public ImageInspector() {
        this(ImageLimits.DEFAULT);
    }

    /** Reads and checks a picture file; too large a file is refused before it is read. */
    public ValidImage inspect(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file + " is a folder, not a picture.");
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new BadInputException(file + " is " + megabytes(size) + " MB; pictures may be at most "
                        + megabytes(limits.maxBytes()) + " MB.");
            }
            return inspect(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + " does not exist.", e);
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + " (" + e.getMessage() + ").", e);
        }
    }

    /** The checked picture; throws BadInputException saying what is wrong with {@code name}. */
    public ValidImage inspect(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw new BadInputException(name + " is empty, not an image.");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new BadInputException(name + " is " + megabytes(bytes.length) + " MB; pictures may be at most "
                    + megabytes(limits.maxBytes()) + " MB.");
        }
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> unknown(bytes, name));
        Dimension size = header(bytes, format, name);
        if (size.width <= 0 || size.height <= 0 || !limits.allows(size.width, size.height)) {
            throw new BadInputException(name + " is " + size.width + " × " + size.height + " pixels; pictures may be"
                    + " at most " + limits.maxSide() + " pixels a side and " + limits.maxPixels() / 1_000_000
                    + " megapixels.");
        }
        decodeFully(bytes, format, size, name);
        return new ValidImage(format, size.width, size.height, bytes, Sha256.hex(bytes));
    }

    private static BadInputException unknown(byte[] bytes, String name) {
        String what = ForeignFormats.describe(bytes).orElse(null);
        if (what != null && what.startsWith("an SVG")) {
            return new BadInputException(name + " is an SVG drawing, which can carry scripts; only " + ACCEPTED
                    + " pictures can be added.");
        }
        if (what != null) {
            return new BadInputException(name + " is " + what + ", which Newsdesk cannot show; save it as JPEG or"
                    + " PNG and add it again.");
        }
        return new BadInputException(name + (looksNamedLikeAnImage(name)
                ? " is named like an image, but its content is not a " : " is not a ") + ACCEPTED + " picture.");
    }

    private static boolean looksNamedLikeAnImage(String name) {
        return name.toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png|gif|webp|svg|tiff?|bmp|heic|avif)$");
    }

    private static Dimension header(byte[] bytes, ImageFormat format, String name) {
        try {
            return ImageDecoder.size(bytes, format);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, format, e.getMessage());
        }
    }

    /** Reads all the data (subsampled, so memory stays small) to find damage past the header. */
    private static void decodeFully(byte[] bytes, ImageFormat format, Dimension size, String name) {
        List<String> warnings = new ArrayList<>();
        BufferedImage image;
        try {
            image = ImageDecoder.read(bytes, format, ImageDecoder.subsamplingFor(Math.max(size.width, size.height),
                    CHECK_WIDTH), warnings);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage();
            if (reason.toLowerCase(Locale.ROOT).contains("unsupported image type")) {
                throw new BadInputException(name + " is a CMYK or otherwise print-only JPEG, which browsers do not"
                        + " show reliably; save it as an RGB JPEG and add it again.", e);
            }
            throw damaged(name, format, reason);
        }
        if (image == null) {
            throw damaged(name, format, "it holds no picture");
        }
        if (!warnings.isEmpty()) {
            throw damaged(name, format, warnings.get(0));
        }
    }

    private static BadInputException damaged(String name, ImageFormat format, String reason) {
        String why = reason == null || reason.isBlank() ? "" : " (" + stripStop(reason.strip().lines().findFirst()
                .orElse("")) + ")";
        return new BadInputException(name + " is a damaged " + format.label() + " picture" + why
                + "; nothing was added.");
    }

    private static String stripStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
