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

    /**
     * Whether the last load of this picture gave null because it is on the team server, which could not be reached
     * (then the figure says it will appear online, not that it is missing).
     */
    default boolean onServer(String assetId) {
        return false;
    }
}
