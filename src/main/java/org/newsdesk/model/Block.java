package org.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * One block of the body: a paragraph, heading, list item, quote, image or table.
 *
 * @param type      what kind of block
 * @param level     heading level (2..4) for headings, nesting depth (0..MAX_DEPTH) for list items, 0 otherwise
 * @param direction AUTO, LTR or RTL
 * @param runs      the text, as runs of one style each; adjacent runs of the same style are merged, empty runs
 *                  dropped. A table's runs are its caption (often none).
 * @param image     the picture for IMAGE blocks, null for all others
 * @param table     the grid of TABLE blocks, null for all others
 * @param id        stable id of the block within its document (see {@link BlockIds}); null until the block is put
 *                  into a {@link Document}, which gives every block one. Identity, not content: two blocks with the
 *                  same content are equal whatever their ids, so "is there anything to save" and round-trip checks
 *                  keep comparing words, while translations follow blocks by id.
 */
public record Block(BlockType type, int level, Direction direction, List<TextRun> runs, ImageRef image, Table table,
                    String id) {

    public static final int MIN_HEADING = 2;
    public static final int MAX_HEADING = 4;
    public static final int MAX_DEPTH = 5;

    public Block {
        Objects.requireNonNull(type, "type");
        id = id == null || id.isBlank() ? null : id;
        direction = direction == null ? Direction.AUTO : direction;
        runs = Runs.normalise(runs == null ? List.of() : runs);
        switch (type) {
            case HEADING -> {
                if (level < MIN_HEADING || level > MAX_HEADING) {
                    throw new IllegalArgumentException("Heading level must be 2 to 4, not " + level);
                }
            }
            case BULLET_ITEM, NUMBERED_ITEM -> {
                if (level < 0 || level > MAX_DEPTH) {
                    throw new IllegalArgumentException("List depth must be 0 to " + MAX_DEPTH + ", not " + level);
                }
            }
            default -> level = 0;
        }
        if (type == BlockType.IMAGE) {
            Objects.requireNonNull(image, "an image block needs an image");
            runs = List.of();
        } else {
            image = null;
        }
        if (type == BlockType.TABLE) {
            Objects.requireNonNull(table, "a table block needs its table");
        } else {
            table = null;
        }
    }

    /** Every block but a table, without an id yet: the document it joins gives it one. */
    public Block(BlockType type, int level, Direction direction, List<TextRun> runs, ImageRef image) {
        this(type, level, direction, runs, image, null, null);
    }

    /** Any block, without an id yet. */
    public Block(BlockType type, int level, Direction direction, List<TextRun> runs, ImageRef image, Table table) {
        this(type, level, direction, runs, image, table, null);
    }

    /** Every block but a table, with its id. */
    public Block(BlockType type, int level, Direction direction, List<TextRun> runs, ImageRef image, String id) {
        this(type, level, direction, runs, image, null, id);
    }

    public static Block paragraph(TextRun... runs) {
        return new Block(BlockType.PARAGRAPH, 0, Direction.AUTO, List.of(runs), null);
    }

    public static Block paragraph(String text) {
        return paragraph(TextRun.plain(text));
    }

    public static Block heading(int level, String text) {
        return new Block(BlockType.HEADING, level, Direction.AUTO, List.of(TextRun.plain(text)), null);
    }

    public static Block bullet(int depth, String text) {
        return new Block(BlockType.BULLET_ITEM, depth, Direction.AUTO, List.of(TextRun.plain(text)), null);
    }

    public static Block numbered(int depth, String text) {
        return new Block(BlockType.NUMBERED_ITEM, depth, Direction.AUTO, List.of(TextRun.plain(text)), null);
    }

    public static Block quote(String text) {
        return new Block(BlockType.QUOTE, 0, Direction.AUTO, List.of(TextRun.plain(text)), null);
    }

    public static Block image(ImageRef image) {
        return new Block(BlockType.IMAGE, 0, Direction.AUTO, List.of(), image);
    }

    public static Block table(Table table) {
        return new Block(BlockType.TABLE, 0, Direction.AUTO, List.of(), null, table, null);
    }

    /**
     * The block's characters without formatting: an image block gives its caption; a table its caption (if any)
     * on the first line, then its cells (see {@link Table#text()}).
     */
    public String text() {
        if (type == BlockType.IMAGE) {
            return image.caption();
        }
        StringBuilder sb = new StringBuilder();
        for (TextRun run : runs) {
            sb.append(run.text());
        }
        if (type == BlockType.TABLE) {
            String cells = table.text();
            return sb.isEmpty() ? cells : sb.append('\n').append(cells).toString();
        }
        return sb.toString();
    }

    /** The caption of a table or the text of any other block with runs: the runs' characters only. */
    public String runsText() {
        StringBuilder sb = new StringBuilder();
        for (TextRun run : runs) {
            sb.append(run.text());
        }
        return sb.toString();
    }

    /** The direction a reader sees, AUTO resolved from the text. */
    public Direction resolvedDirection() {
        return direction.resolve(text());
    }

    public Block withRuns(List<TextRun> newRuns) {
        return new Block(type, level, direction, newRuns, image, table, id);
    }

    public Block withType(BlockType newType, int newLevel) {
        return new Block(newType, newLevel, direction, runs, image, table, id);
    }

    public Block withDirection(Direction newDirection) {
        return new Block(type, level, newDirection, runs, image, table, id);
    }

    public Block withId(String newId) {
        return new Block(type, level, direction, runs, image, table, newId);
    }

    /** Same content; the id is left out (see the class comment). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Block b && type == b.type && level == b.level && direction == b.direction
                && runs.equals(b.runs) && Objects.equals(image, b.image) && Objects.equals(table, b.table);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, level, direction, runs, image, table);
    }

    public Block withTable(Table newTable) {
        return new Block(type, level, direction, runs, image, newTable, id);
    }

}
