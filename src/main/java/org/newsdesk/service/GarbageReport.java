package org.newsdesk.service;

/**
 * What collecting unused pictures did.
 *
 * @param removed    pictures no article, featured image or revision used any more, now deleted
 * @param bytesFreed their total size
 * @param kept       pictures still in the library
 */
public record GarbageReport(int removed, long bytesFreed, int kept) {

    /** One sentence for the command line and the status bar. */
    public String summary() {
        if (removed == 0) {
            return "No unused pictures; " + kept + " in use.";
        }
        return "Removed " + removed + " unused picture" + (removed == 1 ? "" : "s") + " ("
                + String.format(java.util.Locale.ROOT, "%.1f", bytesFreed / (1024.0 * 1024.0)) + " MB); "
                + kept + " in use.";
    }
}
