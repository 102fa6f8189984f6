package org.newsdesk.ui.editor.body;

import java.util.Objects;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Table;

/**
 * The style of one paragraph of the area: which kind of block it is. Immutable, compared by value so that
 * RichTextFX can tell when a change left a paragraph as it was.
 *
 * @param type      the block kind
 * @param level     heading level (2..4) or list depth (0..{@link Block#MAX_DEPTH}); 0 for the others
 * @param direction as stored in the model; AUTO is resolved from the text when the paragraph is drawn
 * @param image     the picture of an IMAGE block (its caption is the paragraph's text), null otherwise
 * @param table     the cells of a TABLE block (its caption is the paragraph's text), null otherwise
 * @param blockId   the block's stable id, carried through edits; left out of equality like {@link Block#id()}.
 *                  A split copies it to both halves; {@link DocumentMapper} gives the second half a new one.
 */
public record ParStyle(BlockType type, int level, Direction direction, ImageRef image, Table table, String blockId) {

    public static final ParStyle PARAGRAPH = new ParStyle(BlockType.PARAGRAPH, 0, Direction.AUTO, null);

    /** Any paragraph but a table's, without a block id. */
    public ParStyle(BlockType type, int level, Direction direction, ImageRef image) {
        this(type, level, direction, image, null, null);
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
        if (type == BlockType.TABLE) {
            Objects.requireNonNull(table, "a table paragraph needs its table");
        } else {
            table = null;
        }
    }

    /** The paragraph style that shows {@code block}. */
    public static ParStyle of(Block block) {
        return new ParStyle(block.type(), block.level(), block.direction(), block.image(), block.table(), block.id());
    }

    public static ParStyle heading(int level) {
        return new ParStyle(BlockType.HEADING, level, Direction.AUTO, null);
    }

    /**
     * Same direction, another kind of text block. Image and table paragraphs stay what they are: their picture or
     * cells would be lost.
     */
    public ParStyle withType(BlockType newType, int newLevel) {
        if (holdsObject() || newType == BlockType.IMAGE || newType == BlockType.TABLE) {
            return this;
        }
        return new ParStyle(newType, newLevel, direction, null, null, blockId);
    }

    public ParStyle withLevel(int newLevel) {
        return new ParStyle(type, newLevel, direction, image, table, blockId);
    }

    /** The same table paragraph showing {@code newTable}; other paragraphs stay as they are. */
    public ParStyle withTable(Table newTable) {
        return type == BlockType.TABLE ? new ParStyle(type, level, direction, null, newTable, blockId) : this;
    }

    /** A figure or a table: a paragraph whose text is only a caption, drawn under something else. */
    public boolean holdsObject() {
        return type == BlockType.IMAGE || type == BlockType.TABLE;
    }

    /** The same figure paragraph showing {@code newImage}; other paragraphs stay as they are. */
    public ParStyle withImage(ImageRef newImage) {
        return type == BlockType.IMAGE ? new ParStyle(type, level, direction, newImage, null, blockId) : this;
    }

    public ParStyle withDirection(Direction newDirection) {
        return new ParStyle(type, level, newDirection, image, table, blockId);
    }

    /** Same look; the block id is identity, not style (RichTextFX compares styles to see what an edit changed). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ParStyle p && type == p.type && level == p.level && direction == p.direction
                && Objects.equals(image, p.image) && Objects.equals(table, p.table);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, level, direction, image, table);
    }

    public boolean isListItem() {
        return type.isListItem();
    }

    public boolean is(BlockType other) {
        return type == other;
    }
}
