package org.newsdesk.ui.window;

import javafx.beans.property.BooleanProperty;

/** Window-level commands the menu offers besides article and text editing. */
interface WindowActions {
    void importFiles();

    void showExport();

    /** Format › Picture…: picks picture files and inserts them in the body at the caret. */
    void insertImage();

    void showTrash();

    void showTagManager();

    void showSettings();

    void showProfile();

    void showShortcuts();

    /** Help › About: versions, where the library, the logs and the backups are. */
    void showAbout();

    void focusSearch();

    void quit();

    BooleanProperty darkThemeProperty();

    /** The editor's article details: shown, or folded to one line. */
    BooleanProperty detailsOpenProperty();
}
