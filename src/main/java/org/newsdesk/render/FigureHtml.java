package org.newsdesk.render;

import java.util.List;
import java.util.Optional;
import org.newsdesk.model.Block;
import org.newsdesk.model.Direction;
import org.newsdesk.model.ImageRef;

/**
 * Renders an image block as {@code <figure><img><figcaption>caption <span class="credit">credit</span>}: the img
 * with width and height (no jump while loading), srcset of the smaller copies, alt text, and lazy loading.
 * An image the resolver cannot place keeps its words (caption, or else alt text) so no text is lost.
 */
final class FigureHtml {
    /** The article column is 42rem wide at most (article.css); narrower screens show it full width. */
    static final String SIZES = "(max-width: 42rem) 100vw, 42rem";
    private final ImageResolver images;

    FigureHtml(ImageResolver images) {
        this.images = images;
    }

    void render(Block block, Direction inherited, StringBuilder out) {
        ImageRef ref = block.image();
        Optional<ResolvedImage> image = images.resolve(ref.assetId()).flatMap(FigureHtml::safe);
        String caption = caption(ref, image.isEmpty());
        if (image.isEmpty() && caption.isEmpty()) {
            return; // nothing a reader could see
        }
        out.append("<figure").append(image.isEmpty() ? " class=\"image-missing\"" : "")
                .append(BodyHtml.dirAttribute(block.resolvedDirection(), inherited)).append(">\n");
        image.ifPresent(img -> appendImage(img, ref, out));
        if (!caption.isEmpty()) {
            out.append("<figcaption>").append(caption).append("</figcaption>\n");
        }
        out.append("</figure>\n");
    }

    /** Only safe addresses survive; an unsafe smaller copy is dropped from srcset, the picture stays. */
    private static Optional<ResolvedImage> safe(ResolvedImage image) {
        List<ResolvedImage.Source> sources = image.sources().stream()
                .flatMap(source -> SafeUrls.imageSource(source.src()).stream()
                        .filter(src -> !src.contains(",") && !src.contains(" ")) // would break srcset's syntax
                        .map(src -> new ResolvedImage.Source(src, source.width())))
                .toList();
        return SafeUrls.imageSource(image.src()).map(src -> new ResolvedImage(src, image.width(), image.height(), sources));
    }

    private static void appendImage(ResolvedImage image, ImageRef ref, StringBuilder out) {
        StringBuilder img = new StringBuilder("<img src=\"").append(HtmlText.escape(image.src())).append('"');
        if (image.hasSize()) {
            img.append(" width=\"").append(image.width()).append("\" height=\"").append(image.height()).append('"');
        }
        appendSources(image, img);
        Optional<String> link = SafeUrls.link(ref.link());
        img.append(" alt=\"").append(HtmlText.escape(altText(ref, link))).append("\" loading=\"lazy\">");
        if (link.isPresent()) {
            out.append("<a href=\"").append(HtmlText.escape(link.get())).append("\">").append(img).append("</a>\n");
        } else {
            out.append(img).append('\n');
        }
    }

    /**
     * The picture's alt text. Without one, a picture alone is decorative (alt=""), but a linked picture is all its
     * link says, so it falls back to the caption, else the link's address: a link must never be nameless. The
     * export warns about every picture without alt text (AccessibilityWarnings).
     */
    private static String altText(ImageRef ref, Optional<String> link) {
        String alt = ref.altText().strip();
        if (!alt.isEmpty() || link.isEmpty()) {
            return alt;
        }
        String caption = ref.caption().strip();
        return caption.isEmpty() ? link.get() : caption;
    }

    /**
     * srcset lists the smaller copies and the original (when its width is known), so phones fetch a 400- or
     * 800-pixel copy; sizes says the picture is never wider than the article column (42rem).
     */
    private static void appendSources(ResolvedImage image, StringBuilder img) {
        if (image.sources().isEmpty() || !image.hasSize()) {
            return;
        }
        StringBuilder srcset = new StringBuilder();
        for (ResolvedImage.Source source : image.sources()) {
            srcset.append(source.src()).append(' ').append(source.width()).append("w, ");
        }
        srcset.append(image.src()).append(' ').append(image.width()).append('w');
        img.append(" srcset=\"").append(HtmlText.escape(srcset.toString())).append('"')
                .append(" sizes=\"").append(SIZES).append('"');
    }

    /** Caption HTML; when the picture itself is missing and there is no caption, the alt text stands in. */
    private static String caption(ImageRef ref, boolean imageMissing) {
        StringBuilder html = new StringBuilder();
        String caption = ref.caption().strip();
        String credit = ref.credit().strip();
        if (caption.isEmpty() && credit.isEmpty()) {
            if (imageMissing) {
                InlineHtml.appendText(ref.altText().strip(), html);
            }
            return html.toString();
        }
        InlineHtml.appendText(caption, html);
        if (!credit.isEmpty()) {
            html.append(caption.isEmpty() ? "" : " ").append("<span class=\"credit\">");
            InlineHtml.appendText(credit, html);
            html.append("</span>");
        }
        return html.toString();
    }
}
