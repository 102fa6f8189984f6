package org.newsdesk.ui.editor.body;

import java.util.Optional;
import org.newsdesk.model.ImageRef;

/** Asks for a picture's caption, credit, alt text and link. The editor uses {@link ImageDetailsDialog}. */
@FunctionalInterface
public interface ImageDetailsPrompt {

    /** The figure as edited, or empty when the user cancelled. */
    Optional<ImageRef> ask(ImageRef current);
}
