package org.newsdesk.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JsonCodec leaves out empty values, so an article with an empty body is written as {@code "body":{}};
 * but {@code Document} requires its block list and refuses to read that back. Native files therefore always
 * spell out {@code "blocks":[]}, and the reader supplies it when a file (or the CLI's JSON) lacks it.
 */
final class EmptyBodyFix {

    private EmptyBodyFix() {
    }

    /** Adds {@code "blocks":[]} to the article's body when it is missing; leaves anything else alone. */
    static void apply(JsonNode article) {
        if (article instanceof ObjectNode node) {
            JsonNode body = node.get("body");
            if (body == null) {
                node.putObject("body").putArray("blocks");
            } else if (body instanceof ObjectNode bodyNode && !bodyNode.has("blocks")) {
                bodyNode.putArray("blocks");
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
