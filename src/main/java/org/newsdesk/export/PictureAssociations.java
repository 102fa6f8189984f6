package org.newsdesk.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.ImageRef;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.PageOptions;
import org.newsdesk.render.ResolvedImage;

/**
 * Every picture of an article as a ninjs association of type "picture": the featured image first ("featured"),
 * then each picture of the body once ("inline"), with caption and alt text as descriptions, the credit as "by",
 * and the files an export wrote as renditions (original and resized copies: pixels, media type, bytes). A
 * rendition's href must be an absolute URI in ninjs, so it is given when the site's base URL is known (the
 * address the published page resolves the file at), and left out otherwise.
 */
final class PictureAssociations {
    static final String FEATURED_IMAGE = "featured-image";

    private final Article article;
    private final ImageResolver images;
    private final PageOptions site;

    PictureAssociations(Article article, ImageResolver images, PageOptions site) {
        this.article = article;
        this.images = images;
        this.site = site;
    }

    void put(ObjectNode root) {
        Map<String, ImageRef> figures = new LinkedHashMap<>(); // the first figure of each picture in the body
        for (Block block : article.body().blocks()) {
            if (block.type() == BlockType.IMAGE) {
                figures.putIfAbsent(block.image().assetId(), block.image());
            }
        }
        List<String> pictures = new ArrayList<>();
        if (article.featuredImage() != null) {
            pictures.add(article.featuredImage());
        }
        figures.keySet().stream().filter(id -> !id.equals(article.featuredImage())).forEach(pictures::add);
        if (pictures.isEmpty()) {
            return;
        }
        ArrayNode associations = root.withArray("associations"); // translations may add theirs
        int inline = 0;
        for (String assetId : pictures) {
            boolean featured = assetId.equals(article.featuredImage());
            ObjectNode picture = associations.addObject();
            picture.put("name", featured ? FEATURED_IMAGE : "picture-" + ++inline);
            picture.put("rel", featured ? "featured" : "inline");
            picture.put("uri", "urn:newsdesk:asset:" + URLEncoder.encode(assetId, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            picture.put("type", "picture");
            Optional.ofNullable(figures.get(assetId)).ifPresent(figure -> putFigure(picture, figure));
            images.resolve(assetId).ifPresent(files -> putRenditions(picture, files));
        }
    }

    private static void putFigure(ObjectNode picture, ImageRef figure) {
        NinjsWriter.putIfPresent(picture, "by", figure.credit());
        if (!figure.caption().isBlank() || !figure.altText().isBlank()) {
            ArrayNode descriptions = picture.putArray("descriptions");
            if (!figure.caption().isBlank()) {
                descriptions.addObject().put("role", "caption").put("value", figure.caption().strip());
            }
            if (!figure.altText().isBlank()) {
                descriptions.addObject().put("role", "alt").put("value", figure.altText().strip());
            }
        }
    }

    private void putRenditions(ObjectNode picture, ResolvedImage files) {
        List<ImageRendition> renditions = new ArrayList<>();
        renditions.add(new ImageRendition("original", href(files.src()), files.mimeType(), files.width(),
                files.height(), files.bytes()));
        List<ResolvedImage.Source> copies = files.sources(); // smallest first, as srcset lists them
        for (int i = copies.size() - 1; i >= 0; i--) { // largest first, as the files are made
            ResolvedImage.Source copy = copies.get(i);
            renditions.add(new ImageRendition("w" + copy.width(), href(copy.src()), copy.mimeType(), copy.width(),
                    copy.height(), copy.bytes()));
        }
        ArrayNode list = picture.putArray("renditions");
        for (ImageRendition rendition : renditions) {
            ObjectNode node = list.addObject();
            node.put("name", rendition.name());
            NinjsWriter.putIfPresent(node, "href", rendition.href());
            NinjsWriter.putIfPresent(node, "contentType", rendition.contentType());
            if (rendition.width() > 0) {
                node.put("width", rendition.width());
            }
            if (rendition.height() > 0) {
                node.put("height", rendition.height());
            }
            if (rendition.sizeInBytes() > 0) {
                node.put("sizeInBytes", rendition.sizeInBytes());
            }
        }
    }

    /** The file's web address on the published site, or null when the site's base URL is not known. */
    private String href(String src) {
        return src.contains(":") ? (src.matches("(?i)https?:.*") ? src : null)
                : site.absolute(article.slug(), src).orElse(null);
    }
}
