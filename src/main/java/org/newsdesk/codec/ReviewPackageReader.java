package org.newsdesk.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Comment;
import org.newsdesk.model.ReviewPackage;
import org.newsdesk.model.Revision;
import org.newsdesk.model.StatusChange;

/**
 * Reads a review package, checking that it is one (format, version) and that its parts belong together (every
 * revision and comment is of its article; every reply's thread is in it) before trusting any of it. Every
 * problem is a {@link BadInputException} naming the file.
 */
public final class ReviewPackageReader {
    /** Far above a real package (an article with hundreds of revisions is a few MB). */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final ObjectMapper mapper;
    private final ObjectReader treeReader;

    public ReviewPackageReader(JsonCodec codec) {
        this.mapper = codec.mapper();
        this.treeReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public ReviewPackage read(Path file) {
        return parse(BoundedFiles.read(file, MAX_FILE_BYTES, "a Newsdesk review package"), "The file " + file);
    }

    /** Reads a package from its text; messages call it "The review package". */
    public ReviewPackage read(String json) {
        return parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "The review package");
    }

    private ReviewPackage parse(byte[] bytes, String name) {
        JsonNode root;
        try {
            root = treeReader.readTree(bytes);
        } catch (IOException e) {
            String detail = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            throw new BadInputException(name + " is not valid JSON" + NativeArticleReader.where(e) + ": "
                    + NativeArticleReader.firstLine(detail) + ".", e);
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(name + " is not a Newsdesk review package: it holds no JSON object.");
        }
        checkFormat(root, name);
        JsonNode articleNode = root.get(ReviewPackageFormat.ARTICLE);
        if (articleNode == null || !articleNode.isObject()) {
            throw new BadInputException(name + " has no \"article\" object.");
        }
        Article article = convert(articleNode, Article.class, name, "article");
        List<Revision> revisions = list(root, ReviewPackageFormat.REVISIONS, Revision.class, name);
        List<Comment> comments = list(root, ReviewPackageFormat.COMMENTS, Comment.class, name);
        List<StatusChange> steps = list(root, ReviewPackageFormat.STATUS_HISTORY, StatusChange.class, name);
        JsonNode at = root.get(ReviewPackageFormat.EXPORTED_AT);
        Instant exportedAt = at == null || at.isNull() ? null : convert(at, Instant.class, name, "exportedAt");
        JsonNode by = root.get(ReviewPackageFormat.EXPORTED_BY);
        checkBelongTogether(article, revisions, comments, name);
        JsonNode link = root.get("translation");
        org.newsdesk.model.TranslationLink translation = link == null || link.isNull() ? null
                : convert(link, org.newsdesk.model.TranslationLink.class, name, "translation");
        if (translation != null && !translation.articleId().equals(article.id())) {
            throw new BadInputException(name + " has a translation link for another article (" + translation.articleId()
                    + ").");
        }
        return new ReviewPackage(article, revisions, comments, steps, by == null ? "" : by.asText(), exportedAt,
                translation);
    }

    private static void checkFormat(JsonNode root, String name) {
        JsonNode format = root.get(ReviewPackageFormat.FORMAT_FIELD);
        if (format == null || !ReviewPackageFormat.FORMAT.equals(format.asText())) {
            throw new BadInputException(name + " is not a Newsdesk review package: its \"format\" is not \""
                    + ReviewPackageFormat.FORMAT + "\".");
        }
        JsonNode version = root.get(ReviewPackageFormat.VERSION_FIELD);
        if (version == null || !version.isIntegralNumber() || version.intValue() < 1) {
            throw new BadInputException(name + " has no valid \"version\" field.");
        }
        if (version.intValue() > ReviewPackageFormat.VERSION) {
            throw new BadInputException(name + " is version " + version.intValue()
                    + " of the review package format, made by a newer Newsdesk; this one reads up to version "
                    + ReviewPackageFormat.VERSION + ".");
        }
    }

    private static void checkBelongTogether(Article article, List<Revision> revisions, List<Comment> comments,
                                            String name) {
        for (Revision r : revisions) {
            if (!r.snapshot().id().equals(article.id())) {
                throw new BadInputException(name + " has revision " + r.number() + " of another article.");
            }
        }
        Set<UUID> seen = new HashSet<>();
        int textLength = article.body().plainText().length();
        for (Comment c : comments) {
            if (c.anchor().end() > textLength) {
                throw new BadInputException(name + " has a comment anchored beyond the end of the article's text.");
            }
            if (!c.articleId().equals(article.id())) {
                throw new BadInputException(name + " has a comment on another article.");
            }
            if (c.parent() != null && !seen.contains(c.parent())) {
                throw new BadInputException(name + " has a reply whose thread is not in the package (or comes after it).");
            }
            if (!seen.add(c.id())) {
                throw new BadInputException(name + " has the comment " + c.id() + " twice.");
            }
        }
    }

    private <T> List<T> list(JsonNode root, String field, Class<T> type, String name) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new BadInputException(name + " has a \"" + field + "\" field that is not a list.");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(convert(node.get(i), type, name, field + "[" + i + "]"));
        }
        return out;
    }

    private <T> T convert(JsonNode node, Class<T> type, String name, String path) {
        try {
            T value = mapper.treeToValue(node, type);
            if (value == null) {
                throw new BadInputException(name + " has an empty " + path + ".");
            }
            return value;
        } catch (JsonMappingException e) {
            throw new BadInputException(name + " has an invalid value at " + path + NativeArticleReader.fieldPath(e)
                    + ": " + NativeArticleReader.reason(e) + ".", e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(name + " has an invalid " + path + ": "
                    + NativeArticleReader.firstLine(e.getOriginalMessage()) + ".", e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadInputException(name + " has an invalid " + path + ": "
                    + NativeArticleReader.firstLine(e.getMessage()) + ".", e);
        }
    }
}
