package org.newsdesk.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;
import org.newsdesk.model.NameKind;
import org.newsdesk.model.NameMention;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.TextStats;
import org.newsdesk.render.HtmlRenderer;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.PageAlternates;
import org.newsdesk.render.IsoTimes;

/**
 * Writes an article as IPTC ninjs 3.0 (News in JSON), the format news agencies and CMSs exchange.
 * The body is the renderer's HTML fragment, so the wire copy says exactly what the page says.
 */
public final class NinjsWriter {
    public static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json#";

    private final ObjectMapper mapper;
    private final HtmlRenderer renderer;

    public NinjsWriter(JsonCodec codec, HtmlRenderer renderer) {
        this.mapper = codec.mapper();
        this.renderer = renderer;
    }

    /**
     * @param images where the pictures' files are: for the img src in the HTML body, and for the renditions each
     *               picture's association lists (addresses are given when the site's base URL is known)
     */
    public String write(Article article, ImageResolver images) {
        return write(article, images, PageAlternates.NONE);
    }

    /** As above; the article's translation set becomes associations naming each other member. */
    public String write(Article article, ImageResolver images, PageAlternates translations) {
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
        new PictureAssociations(article, images, renderer.pageOptions()).put(root);
        putTranslations(root, article, translations);
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write ninjs for " + article.id(), e);
        }
    }

    /**
     * Each other member of the set as an association (ninjs 3.0 has no altids; an association is a ninjs object
     * with a name and a uri): rel "translation-of" for the source this was translated from, "translation" for the
     * others, with their language and headline.
     */
    private static void putTranslations(ObjectNode root, Article article, PageAlternates translations) {
        java.util.UUID source = translations.sourceOf(article).map(m -> m.articleId()).orElse(null);
        for (org.newsdesk.model.TranslationMember m : translations.members()) {
            if (m.articleId().equals(article.id())) {
                continue;
            }
            ObjectNode a = root.withArray("associations").addObject();
            a.put("name", "translation-" + m.language().tag());
            a.put("rel", m.articleId().equals(source) ? "translation-of" : "translation");
            a.put("uri", "urn:newsdesk:article:" + m.articleId());
            a.put("type", "text");
            a.put("language", m.language().tag());
            if (m.headline() != null && !m.headline().isBlank()) {
                a.putArray("headlines").addObject().put("role", "main").put("value", m.headline().strip());
            }
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

    static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.strip());
        }
    }
}
