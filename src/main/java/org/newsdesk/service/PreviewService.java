package org.newsdesk.service;

import java.util.function.Supplier;
import org.newsdesk.model.Article;
import org.newsdesk.render.HtmlRenderer;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.PreviewShaping;

/**
 * The live preview: the very page the HTML export writes, from the same renderer. For the on-screen
 * WebView only, pictures are inlined and Arabic is additionally shaped (see {@link PreviewShaping}).
 */
public final class PreviewService {
    private final Supplier<HtmlRenderer> renderer;
    private final ImageResolver screenImages;

    /** {@code renderer} gives the export's renderer with the library's current site settings. */
    PreviewService(Supplier<HtmlRenderer> renderer, ImageService images) {
        this.renderer = renderer;
        this.screenImages = new PreviewImages(images);
    }

    /** Exactly what the HTML export writes for {@code article}. */
    public String page(Article article) {
        return renderer.get().page(article, ImageResolver.none());
    }

    /**
     * What the preview pane shows: {@link #page} with the pictures inlined as screen-size {@code data:} copies and
     * Arabic letters joined for WebView. The exported page itself is unchanged.
     */
    public String pageForScreen(Article article) {
        return PreviewShaping.shapeArabic(renderer.get().page(article, screenImages));
    }
}
