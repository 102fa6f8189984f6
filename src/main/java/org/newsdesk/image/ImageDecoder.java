package org.newsdesk.image;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads pictures with ImageIO from bytes in memory (never through ImageIO's disk cache): the size from the
 * decoder's header without touching pixels, or the pixels subsampled while decoding, so a large photo never
 * needs its full-size raster in memory when a smaller one will do.
 */
final class ImageDecoder {
    private ImageDecoder() {
    }

    /** Width and height as the format's own header states them; no pixel is decoded. */
    static Dimension size(byte[] bytes, ImageFormat format) throws IOException {
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return new Dimension(reader.getWidth(0), reader.getHeight(0));
        } finally {
            reader.dispose();
        }
    }

    /**
     * Decodes the first image keeping every {@code subsampling}-th pixel in each direction. The whole stream
     * is still read, so damage anywhere in it shows up: as an exception, or in {@code warnings} (a truncated
     * JPEG only warns).
     */
    static BufferedImage read(byte[] bytes, ImageFormat format, int subsampling, List<String> warnings)
            throws IOException {
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            IIOReadWarningListener listener = (source, warning) -> warnings.add(warning);
            reader.addIIOReadWarningListener(listener);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, subsampling);
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } finally {
            reader.dispose();
        }
    }

    /** Decodes, ignoring warnings: for pictures already checked when they were added. */
    static BufferedImage read(byte[] bytes, ImageFormat format, int subsampling) throws IOException {
        return read(bytes, format, subsampling, new ArrayList<>());
    }

    /** The largest subsampling that still leaves at least {@code minWidth} pixels across. */
    static int subsamplingFor(int width, int minWidth) {
        return Math.max(1, width / Math.max(1, minWidth));
    }

    private static ImageReader reader(ImageFormat format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.label());
        if (!readers.hasNext()) {
            throw new IOException("this system has no " + format.label() + " decoder");
        }
        return readers.next();
    }
}
