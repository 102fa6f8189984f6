package org.newsdesk.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.model.Revision;

/**
 * Reads a native article file, checking that it is one (format and version) before trusting any of it.
 * Every problem is a {@link BadInputException} whose message is one sentence naming the file and the fault.
 */
public final class NativeArticleReader {
    /** Far above any real article (a long article with revisions is a few hundred KB); stops a stray video. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final ObjectMapper mapper;
    private final ObjectReader treeReader;

    public NativeArticleReader(JsonCodec codec) {
        this.mapper = codec.mapper();
        this.treeReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public NativeArticleFile read(Path file) {
        Message name = Message.of("error.codec.theFile", file.toString());
        return parse(BoundedFiles.read(file, MAX_FILE_BYTES, name, "error.codec.tooLargeArticle"), name);
    }

    /** Reads a file's text; messages call it "The file". */
    public NativeArticleFile read(String json) {
        return read(json, Message.of("error.codec.theText"));
    }

    /** Reads a file's text; messages call it {@code name} ("news.zip: a/article.json"). */
    public NativeArticleFile read(String json, Message name) {
        return parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), name);
    }

    private NativeArticleFile parse(byte[] bytes, Message name) {
        JsonNode root = parseTree(bytes, name);
        checkFormat(root, name);
        JsonNode articleNode = root.get(NativeArticleFormat.ARTICLE_FIELD);
        if (articleNode == null || !articleNode.isObject()) {
            throw new BadInputException(Message.of("error.codec.noArticle", name));
        }
        Article article = convert(articleNode, Article.class, name, "article");
        JsonNode translation = root.get("translation");
        return new NativeArticleFile(article, revisions(root.get(NativeArticleFormat.REVISIONS_FIELD), name),
                translation == null || translation.isNull() ? null
                        : convert(translation, org.newsdesk.model.TranslationLink.class, name, "translation"));
    }

    private JsonNode parseTree(byte[] bytes, Message name) {
        try {
            JsonNode root = treeReader.readTree(bytes);
            if (root == null || root.isMissingNode() || !root.isObject()) {
                throw new BadInputException(Message.of("error.codec.noJsonObject", name));
            }
            return root;
        } catch (IOException e) {
            String detail = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            throw new BadInputException(notJson(name, e, detail), e);
        }
    }

    private static void checkFormat(JsonNode root, Message name) {
        JsonNode format = root.get(NativeArticleFormat.FORMAT_FIELD);
        if (format == null || !format.isTextual()) {
            throw new BadInputException(Message.of("error.codec.noFormat", name));
        }
        if (!NativeArticleFormat.FORMAT.equals(format.asText())) {
            throw new BadInputException(Message.of("error.codec.wrongFormat", name, firstLine(format.asText()),
                    NativeArticleFormat.FORMAT));
        }
        JsonNode version = root.get(NativeArticleFormat.VERSION_FIELD);
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            throw new BadInputException(Message.of("error.codec.noVersion", name));
        }
        if (version.intValue() > NativeArticleFormat.VERSION) {
            throw new BadInputException(Message.of("error.codec.newerVersion", name, version.intValue(),
                    NativeArticleFormat.VERSION));
        }
        if (version.intValue() < 1) {
            throw new BadInputException(Message.of("error.codec.impossibleVersion", name, version.intValue()));
        }
    }

    private List<Revision> revisions(JsonNode node, Message name) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new BadInputException(Message.of("error.codec.notAList", name, "revisions"));
        }
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            revisions.add(convert(node.get(i), Revision.class, name, "revisions[" + i + "]"));
        }
        return revisions;
    }

    private <T> T convert(JsonNode node, Class<T> type, Message name, String path) {
        try {
            T value = mapper.treeToValue(node, type);
            if (value == null) {
                throw new BadInputException(Message.of("error.codec.empty", name, path));
            }
            return value;
        } catch (JsonMappingException e) {
            throw new BadInputException(invalidValue(name, path + fieldPath(e), e), e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(Message.of("error.codec.invalid", name, path, firstLine(e.getOriginalMessage())), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadInputException(Message.of("error.codec.invalid", name, path, firstLine(e.getMessage())), e);
        }
    }

    /** "… is not valid JSON at line 3, column 7: Unexpected character …" (the parser's words as they are). */
    static Message notJson(Message name, IOException e, String detail) {
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            JsonLocation at = jpe.getLocation();
            return Message.of("error.codec.notJsonAt", name, at.getLineNr(), at.getColumnNr(), firstLine(detail));
        }
        return Message.of("error.codec.notJson", name, firstLine(detail));
    }

    /**
     * "… has an invalid value at article.slug: {reason}": the model's own sentence when a record refused a value
     * (said in the user's language, without its full stop), Jackson's words otherwise.
     */
    static Message invalidValue(Message name, String path, JsonMappingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof NewsdeskException n) {
                return Message.of("error.codec.invalidValueAtBecause", name, path, n.sentence());
            }
            if (cause instanceof IllegalArgumentException) {
                return Message.of("error.codec.invalidValueAt", name, path, firstLine(cause.getMessage()));
            }
            if (cause instanceof NullPointerException) {
                return Message.of("error.codec.missingValueAt", name, path, firstLine(cause.getMessage()));
            }
        }
        return Message.of("error.codec.invalidValueAt", name, path, firstLine(e.getOriginalMessage()));
    }

    /** ".body.blocks[2].type" from Jackson's reference chain. */
    static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** One line, no final full stop: messages are assembled into a single sentence. */
    static String firstLine(String text) {
        if (text == null) {
            return "?"; // no words from the library to show
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
