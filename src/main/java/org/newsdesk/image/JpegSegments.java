package org.newsdesk.image;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The metadata segments at the head of a JPEG: APP1 (XMP) and APP13 (Photoshop, holding IPTC IIM). Walks the
 * markers up to the image data; every length is checked against the bytes there are, so a lying length only
 * ends the walk.
 */
final class JpegSegments {
    static final int APP1 = 0xE1;
    static final int APP13 = 0xED;
    private static final int START_OF_SCAN = 0xDA;
    private static final int END_OF_IMAGE = 0xD9;
    private static final byte[] XMP_HEADER = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PHOTOSHOP_HEADER = "Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII);

    record Segment(int marker, byte[] payload) {
    }

    private JpegSegments() {
    }

    /** Every segment before the image data, in file order. */
    static List<Segment> read(byte[] jpeg) {
        List<Segment> segments = new ArrayList<>();
        if (!ImageFormat.startsWith(jpeg, 0xFF, 0xD8)) {
            return segments;
        }
        int i = 2;
        while (i + 4 <= jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                break; // not a marker where one must be: stop rather than guess
            }
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == START_OF_SCAN || marker == END_OF_IMAGE) {
                break;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2; // markers without a length
                continue;
            }
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            int end = i + 2 + length;
            if (length < 2 || end > jpeg.length) {
                break;
            }
            byte[] payload = new byte[length - 2];
            System.arraycopy(jpeg, i + 4, payload, 0, payload.length);
            segments.add(new Segment(marker, payload));
            i = end;
        }
        return segments;
    }

    /** The XMP packets (APP1 segments starting with Adobe's XMP namespace), without that header. */
    static List<byte[]> xmpPackets(List<Segment> segments) {
        return withHeader(segments, APP1, XMP_HEADER);
    }

    /** The Photoshop image resource blocks (APP13 "Photoshop 3.0"), without that header. */
    static List<byte[]> photoshopResources(List<Segment> segments) {
        return withHeader(segments, APP13, PHOTOSHOP_HEADER);
    }

    private static List<byte[]> withHeader(List<Segment> segments, int marker, byte[] header) {
        List<byte[]> found = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.marker() == marker && ImageFormat.startsWith(segment.payload(), toInts(header))) {
                byte[] rest = new byte[segment.payload().length - header.length];
                System.arraycopy(segment.payload(), header.length, rest, 0, rest.length);
                found.add(rest);
            }
        }
        return found;
    }

    private static int[] toInts(byte[] bytes) {
        int[] ints = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            ints[i] = bytes[i] & 0xFF;
        }
        return ints;
    }
}
