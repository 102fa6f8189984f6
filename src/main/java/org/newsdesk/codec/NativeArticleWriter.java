package org.newsdesk.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.newsdesk.model.Article;
import org.newsdesk.model.Revision;

/** Writes the native, full-fidelity article file that {@link NativeArticleReader} reads back exactly. */
public final class NativeArticleWriter {
    private final ObjectMapper mapper;

    public NativeArticleWriter(JsonCodec codec) {
        this.mapper = codec.mapper();
    }

    /** The article alone, pretty-printed, ending with a newline. */
    public String write(Article article) {
        return write(article, List.of());
    }

    /** The article with its revisions (oldest first); an empty list writes no "revisions" field. */
    public String write(Article article, List<Revision> revisions) {
        return write(article, revisions, null);
    }

    /** As above; a translation also carries its link to the source, block by block ({@code translation}). */
    public String write(Article article, List<Revision> revisions, org.newsdesk.model.TranslationLink translation) {
        ObjectNode root = mapper.createObjectNode();
        root.put(NativeArticleFormat.FORMAT_FIELD, NativeArticleFormat.FORMAT);
        root.put(NativeArticleFormat.VERSION_FIELD, NativeArticleFormat.VERSION);
        JsonNode articleNode = mapper.valueToTree(article);
        root.set(NativeArticleFormat.ARTICLE_FIELD, articleNode);
        if (!revisions.isEmpty()) {
            ArrayNode list = root.putArray(NativeArticleFormat.REVISIONS_FIELD);
            for (Revision revision : revisions) {
                JsonNode revisionNode = mapper.valueToTree(revision);
                list.add(revisionNode);
            }
        }
        if (translation != null) {
            root.set("translation", mapper.valueToTree(translation));
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the article file for " + article.id(), e);
        }
    }
}
