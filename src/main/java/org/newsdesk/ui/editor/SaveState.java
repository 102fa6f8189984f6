package org.newsdesk.ui.editor;

/** What the status bar says about the open article (a bundle key; NONE says nothing). */
public enum SaveState {
    NONE(null),
    SAVED("save.saved"),
    UNSAVED("save.unsaved"),
    SAVING("save.saving"),
    CONFLICT("save.conflict"),
    FAILED("save.failed");

    private final String key;

    SaveState(String key) {
        this.key = key;
    }

    /** The bundle key of the words, or null for none. */
    public String key() {
        return key;
    }
}
