package org.newsdesk.service;

import java.util.function.Supplier;
import org.newsdesk.model.Article;
import org.newsdesk.render.HtmlRenderer;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.PreviewShaping;

/**
 * The live preview: the very page the HTML export writes, from the same renderer. For the on-screen
 * WebView only, Arabic is additionally shaped (see {@link PreviewShaping}).
 */
public final class PreviewService {
    private final Supplier<HtmlRenderer> renderer;

    /** {@code renderer} gives the export's renderer with the library's current site settings. */
    PreviewService(Supplier<HtmlRenderer> renderer) {
        this.renderer = renderer;
    }

    /** Exactly what the HTML export writes for {@code article}. */
    public String page(Article article) {
        return renderer.get().page(article, ImageResolver.none());
    }

    /** What the preview pane shows: {@link #page} with Arabic letters joined for WebView. */
    public String pageForScreen(Article article) {
        return PreviewShaping.shapeArabic(page(article));
    }
}
