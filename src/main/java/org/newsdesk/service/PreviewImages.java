package org.newsdesk.service;

import java.util.Base64;
import java.util.Optional;
import org.newsdesk.image.Rendition;
import org.newsdesk.model.Asset;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.ResolvedImage;

/**
 * Pictures for the live preview: a screen-size copy inlined as a {@code data:} URI (the WebView needs no files and
 * the page stays self-contained), with the original's width and height so the layout is the export's.
 */
final class PreviewImages implements ImageResolver {
    /** Wide enough for the preview pane on a large screen, small enough to re-render on every pause in typing. */
    static final int MAX_SIDE = 1280;

    private final ImageService images;

    PreviewImages(ImageService images) {
        this.images = images;
    }

    @Override
    public Optional<ResolvedImage> resolve(String assetId) {
        Optional<Asset> asset = images.find(assetId);
        if (asset.isEmpty()) {
            return Optional.empty();
        }
        try {
            return images.thumbnail(assetId, MAX_SIDE, MAX_SIDE).map(copy -> new ResolvedImage(dataUri(copy),
                    asset.get().width(), asset.get().height()));
        } catch (org.newsdesk.model.PictureOnServerException offline) {
            return Optional.empty(); // on the team server, out of reach: the preview shows it missing, for now
        }
    }

    private static String dataUri(Rendition copy) {
        return "data:" + copy.format().mimeType() + ";base64," + Base64.getEncoder().encodeToString(copy.bytes());
    }
}
