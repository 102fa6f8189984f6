package org.newsdesk.cli;

import java.util.Locale;

/** File sizes as people read them: "840 KB", "6.3 MB". */
final class Sizes {
    private Sizes() {
    }

    static String describe(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
