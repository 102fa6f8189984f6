package org.newsdesk.image;

import java.util.List;

/**
 * Reads the caption, credit and alt text a photo carries. JPEG only: that is where newsroom photos carry them,
 * in XMP (preferred: it is the newer, Unicode-only standard) and in IPTC IIM (used for whatever XMP leaves out).
 */
public final class EmbeddedTextReader {

    public EmbeddedText read(byte[] bytes) {
        if (ImageFormat.sniff(bytes).orElse(null) != ImageFormat.JPEG) {
            return EmbeddedText.NONE;
        }
        List<JpegSegments.Segment> segments = JpegSegments.read(bytes);
        EmbeddedText found = EmbeddedText.NONE;
        for (byte[] packet : JpegSegments.xmpPackets(segments)) {
            found = found.or(XmpText.read(packet));
        }
        for (byte[] resources : JpegSegments.photoshopResources(segments)) {
            found = found.or(IptcIim.read(resources));
        }
        return found;
    }
}
