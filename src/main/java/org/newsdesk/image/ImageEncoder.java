package org.newsdesk.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Encodes resized pictures: JPEG at a web quality, PNG (lossless, alpha kept). Same pixels, same bytes. */
final class ImageEncoder {
    /** Photos look the same as the original at web sizes; files are a third of quality 1.0. */
    static final float JPEG_QUALITY = 0.85f;

    private ImageEncoder() {
    }

    /** GIF pictures get PNG copies: a still frame is all a resized copy could keep anyway. */
    static byte[] encode(BufferedImage image, ImageFormat format) {
        ImageFormat target = format == ImageFormat.JPEG ? ImageFormat.JPEG : ImageFormat.PNG;
        ImageWriter writer = ImageIO.getImageWritersByFormatName(target.label()).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (target == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(opaqueIfJpeg(image, target), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JPEG writer would write alpha as a fourth channel that browsers show in false colours. */
    private static BufferedImage opaqueIfJpeg(BufferedImage image, ImageFormat target) {
        if (target != ImageFormat.JPEG || !image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = opaque.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return opaque;
    }
}
