package org.newsdesk.export;

/**
 * Hears how far a bundle export has got, so a UI task can show a progress bar. Called on the exporting
 * thread after each file is written; to cancel, interrupt that thread.
 */
@FunctionalInterface
public interface BundleProgress {

    void filesWritten(int done, int total);

    static BundleProgress none() {
        return (done, total) -> {
        };
    }
}
