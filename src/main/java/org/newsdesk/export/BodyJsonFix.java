package org.newsdesk.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Works around two quirks of JsonCodec's output for a body ({@code Document}), so native files hold exactly
 * the model's fields and always read back:
 * <ul>
 * <li>empty values are left out, so an empty body is written without {@code "blocks"}, which
 *     {@code Document} refuses to read; native files always spell out {@code "blocks":[]}, and the reader
 *     supplies it when a file (or the CLI's JSON) lacks it;</li>
 * <li>{@code Document.isEmpty()} looks like a bean getter to Jackson and comes out as {@code "empty":…}, a
 *     derived value that is not part of the format; it is dropped.</li>
 * </ul>
 */
final class BodyJsonFix {

    private BodyJsonFix() {
    }

    static void apply(JsonNode article) {
        if (article instanceof ObjectNode node) {
            JsonNode body = node.get("body");
            if (body == null) {
                node.putObject("body").putArray("blocks");
            } else if (body instanceof ObjectNode bodyNode) {
                if (!bodyNode.has("blocks")) {
                    bodyNode.putArray("blocks");
                }
                bodyNode.remove("empty");
            }
        }
    }

    /** The same for the snapshot inside a revision. */
    static void applyToRevision(JsonNode revision) {
        if (revision instanceof ObjectNode node && node.get("snapshot") != null) {
            apply(node.get("snapshot"));
        }
    }
}
