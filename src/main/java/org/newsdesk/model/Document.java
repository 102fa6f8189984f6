package org.newsdesk.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The body of an article: an ordered list of blocks. Never raw HTML. Every block has an id unique in it. */
public record Document(List<Block> blocks) {

    public static final Document EMPTY = new Document(List.of());

    public Document {
        blocks = BlockIds.assign(blocks == null ? List.of() : blocks);
    }

    /** The block with this id, if there is one. */
    public java.util.Optional<Block> block(String id) {
        return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** Block ids in order. */
    public List<String> blockIds() {
        return blocks.stream().map(Block::id).toList();
    }

    public static Document of(Block... blocks) {
        return new Document(List.of(blocks));
    }

    /** Paragraphs of plain text, one block each; blank lines separate paragraphs. */
    public static Document ofPlainText(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        return new Document(java.util.Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
                .filter(p -> !p.isEmpty())
                .map(Block::paragraph)
                .toList());
    }

    /** All text, blocks separated by blank lines: what search indexes and word counts read. */
    public String plainText() {
        return blocks.stream().map(Block::text).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n\n"));
    }

    public boolean isEmpty() {
        return blocks.stream().allMatch(b -> b.type() != BlockType.IMAGE && b.type() != BlockType.TABLE
                && b.text().isBlank());
    }

    public int wordCount() {
        return TextStats.words(plainText());
    }

    /** Asset ids of every image in the body, in order. */
    public List<String> imageAssetIds() {
        return blocks.stream().filter(b -> b.type() == BlockType.IMAGE).map(b -> b.image().assetId()).distinct().toList();
    }
}
