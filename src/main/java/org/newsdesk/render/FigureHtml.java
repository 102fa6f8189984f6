package org.newsdesk.render;

import java.util.Optional;
import org.newsdesk.model.Block;
import org.newsdesk.model.Direction;
import org.newsdesk.model.ImageRef;

/**
 * Renders an image block as {@code <figure><img><figcaption>caption <span class="credit">credit</span>}.
 * An image the resolver cannot place keeps its words (caption, or else alt text) so no text is lost.
 */
final class FigureHtml {
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

    private static Optional<ResolvedImage> safe(ResolvedImage image) {
        return SafeUrls.imageSource(image.src()).map(src -> new ResolvedImage(src, image.width(), image.height()));
    }

    private static void appendImage(ResolvedImage image, ImageRef ref, StringBuilder out) {
        StringBuilder img = new StringBuilder("<img src=\"").append(HtmlText.escape(image.src())).append('"');
        if (image.hasSize()) {
            img.append(" width=\"").append(image.width()).append("\" height=\"").append(image.height()).append('"');
        }
        img.append(" alt=\"").append(HtmlText.escape(ref.altText().strip())).append("\">");
        Optional<String> link = SafeUrls.link(ref.link());
        if (link.isPresent()) {
            out.append("<a href=\"").append(HtmlText.escape(link.get())).append("\">").append(img).append("</a>\n");
        } else {
            out.append(img).append('\n');
        }
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
