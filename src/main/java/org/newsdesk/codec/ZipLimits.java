package org.newsdesk.codec;

/**
 * How much a zip from outside may hold before it is refused as a zip bomb. Counted on the bytes actually
 * inflated, never on the sizes the archive claims in its headers.
 *
 * @param maxEntries    files in the archive
 * @param maxEntryBytes inflated bytes of any one file
 * @param maxTotalBytes inflated bytes of all files together
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

    /**
     * Room for a 50,000-article bundle (three files each plus pictures) and a 64 MB photo, yet far from
     * what a bomb inflates to.
     */
    public static final ZipLimits DEFAULT = new ZipLimits(200_000, 64L * 1024 * 1024, 4L * 1024 * 1024 * 1024);

    public ZipLimits {
        if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }
}
