package org.newsdesk.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Long texts (article bodies, revision snapshots) as stored: UTF-8 deflated at the fastest level, which already
 * takes a news article's JSON to about a third, behind a one-byte format mark so another format can follow
 * without a migration. Stateless: each call makes and ends its own (de)compressor, so bodies can be decoded on
 * several threads at once.
 */
final class Packed {
    /** Format mark of raw deflate (RFC 1951). */
    private static final byte DEFLATE = 1;

    private Packed() {
    }

    static byte[] pack(String text) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[Math.max(64, raw.length / 2 + 64)];
            buffer[0] = DEFLATE;
            int length = 1;
            while (!deflater.finished()) {
                if (length == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                }
                length += deflater.deflate(buffer, length, buffer.length - length);
            }
            return java.util.Arrays.copyOf(buffer, length);
        } finally {
            deflater.end();
        }
    }

    static String unpack(byte[] packed) {
        if (packed == null || packed.length == 0 || packed[0] != DEFLATE) {
            throw new IllegalStateException("unknown storage format " + (packed == null || packed.length == 0 ? "(empty)"
                    : Integer.toString(packed[0])));
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed, 1, packed.length - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
            byte[] buffer = new byte[Math.max(256, packed.length * 4)];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("truncated packed text");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("damaged packed text: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
