package org.newsdesk.ui.window;

import java.nio.file.Path;

/** Puts another library in the window: the open one is saved and closed first. */
@FunctionalInterface
public interface LibrarySwitch {
    /**
     * @param library     the library to open (created when it does not exist)
     * @param restoreFrom a backup to put in the library's place first, after checking it; null to open it as it is
     */
    void open(Path library, Path restoreFrom);
}
