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
import org.newsdesk.i18n.Message;
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
        Message name = Message.of("error.codec.theFile", file.toString());
        return parse(BoundedFiles.read(file, MAX_FILE_BYTES, name, "error.codec.tooLargeReview"), name);
    }

    /** Reads a package from its text; messages call it "The review package". */
    public ReviewPackage read(String json) {
        return parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Message.of("error.codec.theReviewPackage"));
    }

    private ReviewPackage parse(byte[] bytes, Message name) {
        JsonNode root;
        try {
            root = treeReader.readTree(bytes);
        } catch (IOException e) {
            String detail = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            throw new BadInputException(NativeArticleReader.notJson(name, e, detail), e);
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(Message.of("error.codec.noReviewObject", name));
        }
        checkFormat(root, name);
        JsonNode articleNode = root.get(ReviewPackageFormat.ARTICLE);
        if (articleNode == null || !articleNode.isObject()) {
            throw new BadInputException(Message.of("error.codec.noArticle", name));
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
            throw new BadInputException(Message.of("error.codec.translationOfAnother", name,
                    translation.articleId().toString()));
        }
        return new ReviewPackage(article, revisions, comments, steps, by == null ? "" : by.asText(), exportedAt,
                translation);
    }

    private static void checkFormat(JsonNode root, Message name) {
        JsonNode format = root.get(ReviewPackageFormat.FORMAT_FIELD);
        if (format == null || !ReviewPackageFormat.FORMAT.equals(format.asText())) {
            throw new BadInputException(Message.of("error.codec.notReviewFormat", name, ReviewPackageFormat.FORMAT));
        }
        JsonNode version = root.get(ReviewPackageFormat.VERSION_FIELD);
        if (version == null || !version.isIntegralNumber() || version.intValue() < 1) {
            throw new BadInputException(Message.of("error.codec.noValidVersion", name));
        }
        if (version.intValue() > ReviewPackageFormat.VERSION) {
            throw new BadInputException(Message.of("error.codec.newerReviewVersion", name, version.intValue(),
                    ReviewPackageFormat.VERSION));
        }
    }

    private static void checkBelongTogether(Article article, List<Revision> revisions, List<Comment> comments,
                                            Message name) {
        for (Revision r : revisions) {
            if (!r.snapshot().id().equals(article.id())) {
                throw new BadInputException(Message.of("error.codec.revisionOfAnother", name, r.number()));
            }
        }
        Set<UUID> seen = new HashSet<>();
        int textLength = article.body().plainText().length();
        for (Comment c : comments) {
            if (c.anchor().end() > textLength) {
                throw new BadInputException(Message.of("error.codec.commentBeyondText", name));
            }
            if (!c.articleId().equals(article.id())) {
                throw new BadInputException(Message.of("error.codec.commentOnAnother", name));
            }
            if (c.parent() != null && !seen.contains(c.parent())) {
                throw new BadInputException(Message.of("error.codec.orphanReply", name));
            }
            if (!seen.add(c.id())) {
                throw new BadInputException(Message.of("error.codec.commentTwice", name, c.id().toString()));
            }
        }
    }

    private <T> List<T> list(JsonNode root, String field, Class<T> type, Message name) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new BadInputException(Message.of("error.codec.notAList", name, field));
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(convert(node.get(i), type, name, field + "[" + i + "]"));
        }
        return out;
    }

    private <T> T convert(JsonNode node, Class<T> type, Message name, String path) {
        try {
            T value = mapper.treeToValue(node, type);
            if (value == null) {
                throw new BadInputException(Message.of("error.codec.empty", name, path));
            }
            return value;
        } catch (JsonMappingException e) {
            throw new BadInputException(NativeArticleReader.invalidValue(name, path + NativeArticleReader.fieldPath(e),
                    e), e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(Message.of("error.codec.invalid", name, path,
                    NativeArticleReader.firstLine(e.getOriginalMessage())), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadInputException(Message.of("error.codec.invalid", name, path,
                    NativeArticleReader.firstLine(e.getMessage())), e);
        }
    }
}
