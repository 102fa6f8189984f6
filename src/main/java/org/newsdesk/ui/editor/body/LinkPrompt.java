package org.newsdesk.ui.editor.body;

import java.util.Optional;

/** Asks the user for a link target. The editor uses a dialog; tests may answer directly. */
@FunctionalInterface
public interface LinkPrompt {

    /**
     * @param current the link being edited, or null for a new one
     * @return the address typed (empty string to remove the link), or empty when the user cancelled
     */
    Optional<String> ask(String current);
}
