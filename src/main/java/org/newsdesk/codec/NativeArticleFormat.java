package org.newsdesk.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Revision;

/**
 * Newsdesk's own JSON file for one article: everything about it, re-importable exactly.
 * <pre>{"format": "newsdesk-article", "version": 1, "article": {...}, "revisions": [...]}</pre>
 */
public final class NativeArticleFormat {
    public static final String FORMAT = "newsdesk-article";
    public static final int VERSION = 1;

    private final JsonCodec codec;

    public NativeArticleFormat(JsonCodec codec) {
        this.codec = codec;
    }

    /** The file's content as it is stored on disk. */
    public record File(String format, int version, Article article, List<Revision> revisions) {
        public File {
            revisions = revisions == null ? List.of() : List.copyOf(revisions);
        }
    }

    public String write(Article article, List<Revision> revisions) {
        return codec.writePretty(new File(FORMAT, VERSION, article, revisions)) + "\n";
    }

    /** Reads a native file; {@code source} names it in error messages. */
    public File read(String json, String source) {
        JsonNode root;
        try {
            root = codec.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadInputException(source + " is not valid JSON (line " + e.getLocation().getLineNr() + ").", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new BadInputException(source + " is not a Newsdesk article file (no \"format\": \"" + FORMAT + "\").");
        }
        int version = root.path("version").asInt(-1);
        if (version < 1 || version > VERSION) {
            throw new BadInputException(source + " has article format version " + root.path("version")
                    + "; this Newsdesk reads version " + VERSION + ".");
        }
        if (!root.path("article").isObject()) {
            throw new BadInputException(source + " has no \"article\" object.");
        }
        try {
            return codec.mapper().treeToValue(root, File.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String detail = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            throw new BadInputException(source + " has an invalid article: " + detail, e);
        }
    }
}
