package org.newsdesk.service;

/**
 * Hears how far an export has got, on the exporting thread, so a UI task can update its progress bar.
 * For per-article formats a step is an article; for a bundle it is a file in the zip.
 */
@FunctionalInterface
public interface ExportProgress {

    void report(int done, int total);

    static ExportProgress none() {
        return (done, total) -> {
        };
    }
}
