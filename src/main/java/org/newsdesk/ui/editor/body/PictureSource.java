package org.newsdesk.ui.editor.body;

import java.util.function.Consumer;
import javafx.scene.image.Image;

/**
 * Gives the editor the picture of an image block, already small enough to show. Implementations read and decode
 * off the FX thread and keep recent pictures, so scrolling back to a photo costs nothing.
 */
@FunctionalInterface
public interface PictureSource {
    /** Shows no pictures: the figure keeps its placeholder. */
    PictureSource NONE = (assetId, ready) -> { };

    /**
     * Calls {@code ready} on the FX thread with the picture: at once when at hand, later when loaded; with null
     * when the library does not have it or cannot decode it.
     */
    void load(String assetId, Consumer<Image> ready);
}
