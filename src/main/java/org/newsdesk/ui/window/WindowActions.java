package org.newsdesk.ui.window;

import javafx.beans.property.BooleanProperty;

/** Window-level commands the menu offers besides article and text editing. */
interface WindowActions {
    void importFiles();

    void showExport();

    void showTrash();

    void showTagManager();

    void showSettings();

    void showProfile();

    void showShortcuts();

    void focusSearch();

    void quit();

    BooleanProperty darkThemeProperty();
}
