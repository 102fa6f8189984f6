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
        return parse(BoundedFiles.read(file, MAX_FILE_BYTES, "a Newsdesk article file"), "The file " + file);
    }

    /** Reads a file's text; messages call it "The file". */
    public NativeArticleFile read(String json) {
        return parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "The file");
    }

    private NativeArticleFile parse(byte[] bytes, String name) {
        JsonNode root = parseTree(bytes, name);
        checkFormat(root, name);
        JsonNode articleNode = root.get(NativeArticleFormat.ARTICLE_FIELD);
        if (articleNode == null || !articleNode.isObject()) {
            throw new BadInputException(name + " has no \"article\" object.");
        }
        Article article = convert(articleNode, Article.class, name, "article");
        JsonNode translation = root.get("translation");
        return new NativeArticleFile(article, revisions(root.get(NativeArticleFormat.REVISIONS_FIELD), name),
                translation == null || translation.isNull() ? null
                        : convert(translation, org.newsdesk.model.TranslationLink.class, name, "translation"));
    }

    private JsonNode parseTree(byte[] bytes, String name) {
        try {
            JsonNode root = treeReader.readTree(bytes);
            if (root == null || root.isMissingNode() || !root.isObject()) {
                throw new BadInputException(name + " is not a Newsdesk article file: it holds no JSON object.");
            }
            return root;
        } catch (IOException e) {
            String detail = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            throw new BadInputException(name + " is not valid JSON" + where(e) + ": " + firstLine(detail) + ".", e);
        }
    }

    private static void checkFormat(JsonNode root, String name) {
        JsonNode format = root.get(NativeArticleFormat.FORMAT_FIELD);
        if (format == null || !format.isTextual()) {
            throw new BadInputException(name + " is not a Newsdesk article file: it has no \"format\" field.");
        }
        if (!NativeArticleFormat.FORMAT.equals(format.asText())) {
            throw new BadInputException(name + " is not a Newsdesk article file: its format is \""
                    + firstLine(format.asText()) + "\", not \"" + NativeArticleFormat.FORMAT + "\".");
        }
        JsonNode version = root.get(NativeArticleFormat.VERSION_FIELD);
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            throw new BadInputException(name + " has no whole-number \"version\" field.");
        }
        if (version.intValue() > NativeArticleFormat.VERSION) {
            throw new BadInputException(name + " is version " + version.intValue()
                    + " of the article format, made by a newer Newsdesk; this one reads up to version "
                    + NativeArticleFormat.VERSION + ".");
        }
        if (version.intValue() < 1) {
            throw new BadInputException(name + " has an impossible format version " + version.intValue() + ".");
        }
    }

    private List<Revision> revisions(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new BadInputException(name + " has a \"revisions\" field that is not a list.");
        }
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            revisions.add(convert(node.get(i), Revision.class, name, "revisions[" + i + "]"));
        }
        return revisions;
    }

    private <T> T convert(JsonNode node, Class<T> type, String name, String path) {
        try {
            T value = mapper.treeToValue(node, type);
            if (value == null) {
                throw new BadInputException(name + " has an empty " + path + ".");
            }
            return value;
        } catch (JsonMappingException e) {
            throw new BadInputException(name + " has an invalid value at " + path + fieldPath(e) + ": "
                    + reason(e) + ".", e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(name + " has an invalid " + path + ": " + firstLine(e.getOriginalMessage()) + ".", e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadInputException(name + " has an invalid " + path + ": " + firstLine(e.getMessage()) + ".", e);
        }
    }

    /** The model's own message when a record refused a value; Jackson's otherwise. */
    static String reason(JsonMappingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof NewsdeskException || cause instanceof IllegalArgumentException) {
                return firstLine(cause.getMessage());
            }
            if (cause instanceof NullPointerException) {
                return "a required value is missing (" + firstLine(cause.getMessage()) + ")";
            }
        }
        return firstLine(e.getOriginalMessage());
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

    static String where(IOException e) {
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            JsonLocation at = jpe.getLocation();
            return " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        return "";
    }

    /** One line, no final full stop: messages are assembled into a single sentence. */
    static String firstLine(String text) {
        if (text == null) {
            return "unknown problem";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
