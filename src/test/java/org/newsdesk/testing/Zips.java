package org.newsdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reads and writes zips in tests, to build hostile archives from good ones. */
public final class Zips {
    private Zips() {
    }

    /** Every entry's bytes, in archive order. */
    public static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            for (ZipEntry entry = zin.getNextEntry(); entry != null; entry = zin.getNextEntry()) {
                entries.put(entry.getName(), zin.readAllBytes());
            }
        }
        return entries;
    }

    public static Path write(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zout = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zout.putNextEntry(new ZipEntry(entry.getKey()));
                zout.write(entry.getValue());
                zout.closeEntry();
            }
        }
        return zip;
    }

    /** A zip with one entry of {@code size} zero bytes: inflates to far more than it takes on disk. */
    public static Path zeros(Path zip, String name, long size) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zout = new ZipOutputStream(out)) {
            zout.putNextEntry(new ZipEntry(name));
            byte[] block = new byte[1024 * 1024];
            for (long left = size; left > 0; left -= block.length) {
                zout.write(block, 0, (int) Math.min(block.length, left));
            }
            zout.closeEntry();
        }
        return zip;
    }

    /** Overwrites every central-directory entry's uncompressed size with {@code claimed}: a lying header. */
    public static void claimSize(Path zip, int claimed) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                for (int b = 0; b < 4; b++) {
                    bytes[i + 24 + b] = (byte) (claimed >>> (8 * b));
                }
            }
        }
        Files.write(zip, bytes);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
