package org.newsdesk.ui.editor;

/** What the status bar says about the open article. */
public enum SaveState {
    NONE(""),
    SAVED("All changes saved"),
    UNSAVED("Unsaved changes"),
    SAVING("Saving…"),
    CONFLICT("Conflict"),
    FAILED("Not saved");

    private final String text;

    SaveState(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
