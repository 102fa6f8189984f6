package org.newsdesk.codec;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;

/**
 * Reads a zip that came from outside without trusting it: entry names that could climb out of a folder
 * ({@code ..}, absolute paths, drive letters, backslashes) are refused, and so are archives with too many
 * entries or that inflate past {@link ZipLimits}, counted on the bytes really inflated while reading.
 * Nothing is ever extracted to disk; each entry is handed to the caller as a stream.
 */
public final class SafeZipReader {

    /** Receives each entry in archive order. The stream stops with a BadInputException at the limits. */
    @FunctionalInterface
    public interface EntryVisitor {
        void visit(String name, InputStream content) throws IOException;
    }

    private final ZipLimits limits;

    public SafeZipReader(ZipLimits limits) {
        this.limits = limits;
    }

    public void read(Path zip, EntryVisitor visitor) {
        if (Files.isDirectory(zip)) {
            throw new BadInputException(Message.of("error.zip.folder", zip.toString()));
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.size() > limits.maxEntries()) {
                throw new BadInputException(Message.of("error.zip.tooManyFiles", zip.toString(), file.size(),
                        limits.maxEntries()));
            }
            Counter total = new Counter();
            Set<String> seen = new HashSet<>();
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = checkedName(zip, entry.getName());
                if (!seen.add(name)) {
                    throw new BadInputException(Message.of("error.zip.twice", zip.toString(), name));
                }
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = new LimitedStream(file.getInputStream(entry), zip, name, total)) {
                    visitor.visit(name, in);
                } catch (ZipException e) {
                    throw new BadInputException(Message.of("error.zip.damagedEntry", zip.toString(), name,
                            String.valueOf(e.getMessage())), e);
                }
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(Message.of("error.zip.noSuchFile", zip.toString()), e);
        } catch (java.io.FileNotFoundException e) {
            throw new BadInputException(Message.of("error.zip.cannotOpen", zip.toString()), e);
        } catch (ZipException e) {
            throw new BadInputException(Message.of("error.zip.notZip", zip.toString(), String.valueOf(e.getMessage())), e);
        } catch (IOException e) {
            throw new BadInputException(Message.of("error.zip.unreadable", zip.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /** True when the file starts like a zip archive; says nothing about whether the rest is sound. */
    public static boolean looksLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /** The entry name, or a refusal when unpacking it anywhere could write outside the target folder. */
    static String checkedName(Path zip, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0
                || lower.matches("^[a-z]:.*")
                || ("/" + name + "/").contains("/../") || ("/" + name + "/").contains("/./")
                || name.contains("//");
        if (unsafe) {
            throw new BadInputException(Message.of("error.zip.unsafePath", zip.toString(), printable(name)));
        }
        return name;
    }

    private static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
    }

    private static final class Counter {
        long bytes;
    }

    /** Counts what is really inflated and stops at the limits, whatever the entry's header claimed. */
    private final class LimitedStream extends FilterInputStream {
        private final Path zip;
        private final String name;
        private final Counter total;
        private long read;

        LimitedStream(InputStream in, Path zip, String name, Counter total) {
            super(in);
            this.zip = zip;
            this.name = name;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            total.bytes += n;
            if (read > limits.maxEntryBytes()) {
                throw new BadInputException(Message.of("error.zip.bombEntry", zip.toString(), name,
                        megabytes(limits.maxEntryBytes())));
            }
            if (total.bytes > limits.maxTotalBytes()) {
                throw new BadInputException(Message.of("error.zip.bombTotal", zip.toString(),
                        megabytes(limits.maxTotalBytes())));
            }
        }
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
