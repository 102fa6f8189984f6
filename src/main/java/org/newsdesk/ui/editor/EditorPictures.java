package org.newsdesk.ui.editor;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.newsdesk.model.PictureOnServerException;
import org.newsdesk.service.ImageService;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.editor.body.PictureSource;

/**
 * The pictures the editor shows: screen copies made by the library (read and scaled on the library thread,
 * decoded into JavaFX images there too), the most recent kept so scrolling back costs nothing. Used on the FX
 * thread only; callers asking for a picture already on its way wait for the same load.
 */
public final class EditorPictures implements PictureSource {
    /** Twice the figure's box in the editor: sharp on high-density screens. */
    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    private static final int KEPT = 48;

    private final ImageService images;
    private final BackgroundWork background;
    private final Map<String, Image> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEPT;
        }
    };
    private final Map<String, List<Consumer<Image>>> waiting = new HashMap<>();
    /** Pictures whose last load found them on a team server out of reach: tried again when next shown. */
    private final java.util.Set<String> onServer = new java.util.HashSet<>();

    public EditorPictures(ImageService images, BackgroundWork background) {
        this.images = images;
        this.background = background;
    }

    @Override
    public void load(String assetId, Consumer<Image> ready) {
        Image known = recent.get(assetId);
        if (known != null) {
            ready.accept(known);
            return;
        }
        List<Consumer<Image>> queue = waiting.get(assetId);
        if (queue != null) {
            queue.add(ready);
            return;
        }
        waiting.put(assetId, new ArrayList<>(List.of(ready)));
        background.run(() -> images.thumbnail(assetId, WIDTH, HEIGHT)
                        .map(copy -> new Image(new ByteArrayInputStream(copy.bytes()))).orElse(null),
                image -> deliver(assetId, image), error -> {
                    if (error instanceof PictureOnServerException
                            || error.getCause() instanceof PictureOnServerException) {
                        onServer.add(assetId);
                    }
                    deliver(assetId, null);
                });
    }

    @Override
    public boolean onServer(String assetId) {
        return onServer.contains(assetId);
    }

    /** Whether some picture shown as "on the team server" waits for the server to be reachable again. */
    public boolean waitsForServer() {
        return !onServer.isEmpty();
    }

    private void deliver(String assetId, Image image) {
        if (image != null && !image.isError()) {
            onServer.remove(assetId);
            recent.put(assetId, image);
        }
        List<Consumer<Image>> queue = waiting.remove(assetId);
        if (queue != null) {
            Image shown = image == null || image.isError() ? null : image;
            queue.forEach(ready -> ready.accept(shown));
        }
    }
}
