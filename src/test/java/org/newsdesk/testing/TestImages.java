package org.newsdesk.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small real pictures made in code, and the metadata segments and damage tests need. */
public final class TestImages {
    private TestImages() {
    }

    /** A JPEG of a gradient with a label: distinct for every {@code seed}. */
    public static byte[] jpeg(int width, int height, int seed) {
        return encode(picture(width, height, seed, false), "jpeg");
    }

    public static byte[] jpeg(int width, int height) {
        return jpeg(width, height, 1);
    }

    public static byte[] png(int width, int height, boolean alpha) {
        return encode(picture(width, height, 7, alpha), "png");
    }

    public static byte[] gif(int width, int height) {
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D g = indexed.createGraphics();
        g.drawImage(picture(width, height, 3, false), 0, 0, null);
        g.dispose();
        return encode(indexed, "gif");
    }

    public static BufferedImage picture(int width, int height, int seed, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(seed * 37 % 256, 90, 160, alpha ? 128 : 255), width, height,
                new Color(240, seed * 53 % 256, 60, 255)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, height / 6)));
        g.drawString("#" + seed, width / 10, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The JPEG with one more segment right after its start-of-image marker. */
    public static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** An APP1 XMP payload holding {@code rdfDescriptions} inside the usual packet wrapper. */
    public static byte[] xmp(String rdfDescriptions) {
        String packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + rdfDescriptions + "</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
        return concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII),
                packet.getBytes(StandardCharsets.UTF_8));
    }

    /** An APP13 Photoshop payload with IPTC IIM record-2 datasets (dataset number → text), UTF-8 declared. */
    public static byte[] iptc(Map<Integer, String> record2, boolean declareUtf8) {
        ByteArrayOutputStream iim = new ByteArrayOutputStream();
        if (declareUtf8) {
            dataset(iim, 1, 90, new byte[] {0x1B, '%', 'G'});
        }
        record2.forEach((number, text) -> dataset(iim, 2, number,
                text.getBytes(declareUtf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1)));
        byte[] data = iim.toByteArray();
        ByteBuffer block = ByteBuffer.allocate(4 + 2 + 2 + 4 + data.length + (data.length % 2));
        block.put("8BIM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 0x0404).put((byte) 0).put((byte) 0)
                .putInt(data.length).put(data);
        return concat("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII), block.array());
    }

    private static void dataset(ByteArrayOutputStream out, int record, int number, byte[] value) {
        out.write(0x1C);
        out.write(record);
        out.write(number);
        out.write(value.length >> 8);
        out.write(value.length & 0xFF);
        out.write(value, 0, value.length);
    }

    /** A JPEG whose frame header claims {@code width} × {@code height}; its data is a small picture's. */
    public static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = jpeg(64, 48);
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new IllegalStateException("no baseline frame header");
    }

    /** A PNG whose header says {@code width} × {@code height}, with a few bytes of data (a decompression bomb). */
    public static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    public static byte[] truncated(byte[] bytes, int keep) {
        byte[] part = new byte[keep];
        System.arraycopy(bytes, 0, part, 0, keep);
        return part;
    }
}
