package org.newsdesk.model;

/** The kinds of block a body is made of. */
public enum BlockType {
    PARAGRAPH, HEADING, BULLET_ITEM, NUMBERED_ITEM, QUOTE, IMAGE, TABLE;

    public boolean isListItem() {
        return this == BULLET_ITEM || this == NUMBERED_ITEM;
    }
}
