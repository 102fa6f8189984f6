package org.newsdesk.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;
import org.newsdesk.model.NameKind;
import org.newsdesk.model.NameMention;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.TextStats;
import org.newsdesk.render.HtmlRenderer;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.IsoTimes;

/**
 * Writes an article as IPTC ninjs 3.0 (News in JSON), the format news agencies and CMSs exchange.
 * The body is the renderer's HTML fragment, so the wire copy says exactly what the page says.
 */
public final class NinjsWriter {
    public static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json#";
    static final String FEATURED_IMAGE = "featured-image";

    private final ObjectMapper mapper;
    private final HtmlRenderer renderer;

    public NinjsWriter(JsonCodec codec, HtmlRenderer renderer) {
        this.mapper = codec.mapper();
        this.renderer = renderer;
    }

    /**
     * @param images               where body images are, for the img src in the HTML body
     * @param featuredRenditions   files of the featured image to announce; may be empty
     */
    public String write(Article article, ImageResolver images, List<ImageRendition> featuredRenditions) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode standard = root.putObject("standard");
        standard.put("name", "ninjs");
        standard.put("version", "3.0");
        standard.put("schema", SCHEMA);
        root.put("uri", "urn:newsdesk:article:" + article.id());
        root.put("type", "text");
        root.put("representationType", "full");
        root.put("version", Long.toString(article.version()));
        root.put("slugline", article.slug());
        putIfPresent(root, "firstCreated", IsoTimes.dateTime(article.createdAt()));
        putIfPresent(root, "versionCreated", IsoTimes.dateTime(article.updatedAt()));
        putIfPresent(root, "embargoedUntil", IsoTimes.dateTime(article.embargo()));
        root.put("pubStatus", pubStatus(article.status()));
        root.put("language", article.language().tag());
        putHeadlines(root, article);
        putIfPresent(root, "by", article.byline());
        putIfPresent(root, "located", article.dateline());
        if (!article.tags().isEmpty()) {
            ArrayNode subjects = root.putArray("subjects");
            article.tags().forEach(tag -> subjects.addObject().put("name", tag));
        }
        putMentions(root, renderer.mentions(article));
        putBody(root, article, images);
        if (article.featuredImage() != null) {
            putFeaturedImage(root.putArray("associations").addObject(), article, featuredRenditions);
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write ninjs for " + article.id(), e);
        }
    }

    /**
     * Agreed names the article mentions, named as agreed in the article's language. ninjs 3.0 allows no further
     * fields on a person or organisation, so the other languages' spellings are tied in through the URI, the
     * same in every language's export (and spelled out in the HTML page's JSON-LD).
     */
    private static void putMentions(ObjectNode root, List<NameMention> mentions) {
        ArrayNode people = null;
        ArrayNode organisations = null;
        for (NameMention m : mentions) {
            ObjectNode entry;
            if (m.kind() == NameKind.PERSON) {
                people = people == null ? root.putArray("people") : people;
                entry = people.addObject();
            } else {
                organisations = organisations == null ? root.putArray("organisations") : organisations;
                entry = organisations.addObject();
            }
            entry.put("name", m.name());
            entry.put("rel", "mentioned");
            entry.put("uri", "urn:newsdesk:name:" + m.id());
        }
    }

    /**
     * Only a published article is "usable". Everything else is "withheld": drafts and approved copy are not
     * out yet, and an archived article is off the wire but not retracted, which is what "canceled" would say.
     */
    static String pubStatus(ArticleStatus status) {
        return status == ArticleStatus.PUBLISHED ? "usable" : "withheld";
    }

    private static void putHeadlines(ObjectNode root, Article article) {
        if (article.headline().isBlank() && article.standfirst().isBlank()) {
            return;
        }
        ArrayNode headlines = root.putArray("headlines");
        if (!article.headline().isBlank()) {
            headlines.addObject().put("role", "main").put("value", article.headline().strip());
        }
        if (!article.standfirst().isBlank()) {
            headlines.addObject().put("role", "sub").put("value", article.standfirst().strip());
        }
    }

    /** Word and character counts leave out figure captions, as the ninjs definitions ask. */
    private void putBody(ObjectNode root, Article article, ImageResolver images) {
        String html = renderer.fragment(article, images);
        if (html.isBlank()) {
            return;
        }
        List<String> texts = article.body().blocks().stream()
                .filter(block -> block.type() != BlockType.IMAGE).map(Block::text).toList();
        ObjectNode body = root.putArray("bodies").addObject();
        body.put("role", "main");
        body.put("contentType", "text/html");
        body.put("charCount", texts.stream().mapToInt(TextStats::characters).sum());
        body.put("wordCount", TextStats.words(String.join("\n\n", texts)));
        body.put("value", html);
    }

    /** The caption, credit and alt text come from the body's first figure of the same image, if there is one. */
    private static void putFeaturedImage(ObjectNode image, Article article, List<ImageRendition> renditions) {
        String assetId = article.featuredImage();
        image.put("name", FEATURED_IMAGE);
        image.put("rel", "featured");
        image.put("uri", "urn:newsdesk:asset:" + URLEncoder.encode(assetId, StandardCharsets.UTF_8).replace("+", "%20"));
        image.put("type", "picture");
        Optional<ImageRef> ref = article.body().blocks().stream()
                .filter(block -> block.type() == BlockType.IMAGE && block.image().assetId().equals(assetId))
                .map(Block::image).findFirst();
        ref.ifPresent(figure -> {
            putIfPresent(image, "by", figure.credit());
            if (!figure.caption().isBlank() || !figure.altText().isBlank()) {
                ArrayNode descriptions = image.putArray("descriptions");
                if (!figure.caption().isBlank()) {
                    descriptions.addObject().put("role", "caption").put("value", figure.caption().strip());
                }
                if (!figure.altText().isBlank()) {
                    descriptions.addObject().put("role", "alt").put("value", figure.altText().strip());
                }
            }
        });
        if (!renditions.isEmpty()) {
            ArrayNode list = image.putArray("renditions");
            renditions.forEach(rendition -> putRendition(list.addObject(), rendition));
        }
    }

    private static void putRendition(ObjectNode node, ImageRendition rendition) {
        node.put("name", rendition.name());
        putIfPresent(node, "href", rendition.href());
        putIfPresent(node, "contentType", rendition.contentType());
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

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.strip());
        }
    }
}
