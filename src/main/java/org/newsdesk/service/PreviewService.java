package org.newsdesk.service;

import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;
import org.newsdesk.render.HtmlRenderer;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.PageOptions;
import org.newsdesk.render.PreviewShaping;
import org.newsdesk.render.Templates;

/**
 * The live preview: the very page the HTML export writes, from the same renderer. For the on-screen
 * WebView only, Arabic is additionally shaped (see {@link PreviewShaping}).
 */
public final class PreviewService {
    private final HtmlRenderer renderer;

    PreviewService(JsonCodec json) {
        this.renderer = new HtmlRenderer(Templates.builtIn(), PageOptions.none(), json);
    }

    /** Exactly what the HTML export writes for {@code article}. */
    public String page(Article article) {
        return renderer.page(article, ImageResolver.none());
    }

    /** What the preview pane shows: {@link #page} with Arabic letters joined for WebView. */
    public String pageForScreen(Article article) {
        return PreviewShaping.shapeArabic(page(article));
    }
}
