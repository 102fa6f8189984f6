package org.newsdesk.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsdesk.codec.JsonCodec;
import java.util.List;
import org.newsdesk.model.Article;
import org.newsdesk.model.NameKind;
import org.newsdesk.model.NameMention;
import org.newsdesk.model.NameSpelling;

/**
 * The schema.org NewsArticle description of a page, as JSON-LD ready to sit inside a
 * {@code <script type="application/ld+json">} element.
 */
final class NewsArticleJsonLd {
    private final ObjectMapper mapper;

    NewsArticleJsonLd(JsonCodec codec) {
        this.mapper = codec.mapper();
    }

    String build(ArticleFacts facts) {
        return build(facts, PageAlternates.NONE, PageOptions.none(), List.of());
    }

    /** @param mentions agreed names the article mentions: schema.org {@code mentions}, other languages' spellings as alternate names */
    String build(ArticleFacts facts, PageAlternates alternates, PageOptions options, List<NameMention> mentions) {
        Article article = facts.article();
        ObjectNode root = mapper.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "NewsArticle");
        putText(root, "headline", article.headline());
        putText(root, "description", article.standfirst());
        putText(root, "datePublished", IsoTimes.date(article.date()));
        putText(root, "dateModified", IsoTimes.dateTime(article.updatedAt()));
        if (!article.byline().isBlank()) {
            ObjectNode author = root.putObject("author");
            author.put("@type", "Person");
            author.put("name", clean(article.byline()));
        }
        if (facts.imageUrl() != null) {
            root.putArray("image").add(facts.imageUrl());
        }
        root.put("inLanguage", article.language().tag());
        if (!article.tags().isEmpty()) {
            ArrayNode keywords = root.putArray("keywords");
            article.tags().forEach(tag -> keywords.add(clean(tag)));
        }
        if (facts.canonicalUrl() != null) {
            root.put("url", facts.canonicalUrl());
            root.put("mainEntityOfPage", facts.canonicalUrl());
        }
        if (facts.siteName() != null) {
            ObjectNode publisher = root.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", clean(facts.siteName()));
        }
        putTranslations(root, article, alternates, options);
        if (!mentions.isEmpty()) {
            ArrayNode mentioned = root.putArray("mentions");
            for (NameMention m : mentions) {
                ObjectNode thing = mentioned.addObject();
                thing.put("@type", m.kind() == NameKind.PERSON ? "Person" : "Organization");
                thing.put("name", clean(m.name()));
                if (!m.otherLanguages().isEmpty()) {
                    ArrayNode alternate = thing.putArray("alternateName");
                    for (NameSpelling other : m.otherLanguages()) {
                        alternate.addObject().put("@language", other.language()).put("@value", clean(other.name()));
                    }
                }
            }
        }
        return escapeForScript(write(root));
    }

    /** schema.org: a source names its translations (workTranslation), a translation its source (translationOfWork). */
    private void putTranslations(ObjectNode root, Article article, PageAlternates alternates, PageOptions options) {
        alternates.sourceOf(article).ifPresent(m -> root.set("translationOfWork", work(m, options)));
        var translations = alternates.translationsOf(article);
        if (!translations.isEmpty()) {
            ArrayNode list = root.putArray("workTranslation");
            translations.forEach(m -> list.add(work(m, options)));
        }
    }

    private ObjectNode work(org.newsdesk.model.TranslationMember m, PageOptions options) {
        ObjectNode node = mapper.createObjectNode();
        node.put("@type", "NewsArticle");
        options.canonicalUrl(m.slug()).ifPresent(url -> node.put("@id", url));
        putText(node, "headline", m.headline());
        node.put("inLanguage", m.language().tag());
        options.canonicalUrl(m.slug()).ifPresent(url -> node.put("url", url));
        return node;
    }

    /**
     * Inside a script element the HTML parser ends the script at the first "</script", whatever JSON thinks.
     * Escaping every {@code <}, {@code >} and {@code &} as \\u escapes keeps the JSON identical for a
     * JSON-LD reader while leaving the HTML parser nothing to see. Outside strings JSON has none of them.
     */
    static String escapeForScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, clean(value));
        }
    }

    private static String clean(String text) {
        return HtmlText.clean(text).strip();
    }

    private String write(ObjectNode root) {
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON-LD", e);
        }
    }
}
