package org.newsdesk.ui.editor.body;

import java.util.Objects;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.ImageRef;

/**
 * The style of one paragraph of the area: which kind of block it is. Immutable, compared by value so that
 * RichTextFX can tell when a change left a paragraph as it was.
 *
 * @param type      the block kind
 * @param level     heading level (2..4) or list depth (0..{@link Block#MAX_DEPTH}); 0 for the others
 * @param direction as stored in the model; AUTO is resolved from the text when the paragraph is drawn
 * @param image     the picture of an IMAGE block (its caption is the paragraph's text), null otherwise
 * @param blockId   the block's stable id, carried through edits; left out of equality like {@link Block#id()}.
 *                  A split copies it to both halves; {@link DocumentMapper} gives the second half a new one.
 */
public record ParStyle(BlockType type, int level, Direction direction, ImageRef image, String blockId) {

    public static final ParStyle PARAGRAPH = new ParStyle(BlockType.PARAGRAPH, 0, Direction.AUTO, null);

    public ParStyle(BlockType type, int level, Direction direction, ImageRef image) {
        this(type, level, direction, image, null);
    }

    public ParStyle {
        Objects.requireNonNull(type, "type");
        direction = direction == null ? Direction.AUTO : direction;
        level = switch (type) {
            case HEADING -> Math.max(Block.MIN_HEADING, Math.min(Block.MAX_HEADING, level));
            case BULLET_ITEM, NUMBERED_ITEM -> Math.max(0, Math.min(Block.MAX_DEPTH, level));
            default -> 0;
        };
        if (type == BlockType.IMAGE) {
            Objects.requireNonNull(image, "an image paragraph needs its image");
        } else {
            image = null;
        }
    }

    /** The paragraph style that shows {@code block}. */
    public static ParStyle of(Block block) {
        return new ParStyle(block.type(), block.level(), block.direction(), block.image(), block.id());
    }

    public static ParStyle heading(int level) {
        return new ParStyle(BlockType.HEADING, level, Direction.AUTO, null);
    }

    /** Same direction, another kind of text block. Image paragraphs stay images: their picture would be lost. */
    public ParStyle withType(BlockType newType, int newLevel) {
        if (type == BlockType.IMAGE || newType == BlockType.IMAGE) {
            return this;
        }
        return new ParStyle(newType, newLevel, direction, null, blockId);
    }

    public ParStyle withLevel(int newLevel) {
        return new ParStyle(type, newLevel, direction, image, blockId);
    }

    /** The same figure paragraph showing {@code newImage}; other paragraphs stay as they are. */
    public ParStyle withImage(ImageRef newImage) {
        return type == BlockType.IMAGE ? new ParStyle(type, level, direction, newImage, blockId) : this;
    }

    public ParStyle withDirection(Direction newDirection) {
        return new ParStyle(type, level, newDirection, image, blockId);
    }

    /** Same look; the block id is identity, not style (RichTextFX compares styles to see what an edit changed). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ParStyle p && type == p.type && level == p.level && direction == p.direction
                && Objects.equals(image, p.image);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, level, direction, image);
    }

    public boolean isListItem() {
        return type.isListItem();
    }

    public boolean is(BlockType other) {
        return type == other;
    }
}
