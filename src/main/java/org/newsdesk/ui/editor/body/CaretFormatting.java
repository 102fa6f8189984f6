package org.newsdesk.ui.editor.body;

import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Mark;

/**
 * The formatting at the caret, as properties a toolbar can bind to: marks, link, block type, level, direction.
 * Worked out again when the caret, the selection or the content changes; each update is a few lookups.
 */
final class CaretFormatting {

    private final BodyArea area;
    private final InlineFormatting inline;
    private final ReadOnlyObjectWrapper<Set<Mark>> marks = new ReadOnlyObjectWrapper<>(this, "marks", Set.of());
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper(this, "link");
    private final ReadOnlyObjectWrapper<BlockType> blockType = new ReadOnlyObjectWrapper<>(this, "blockType", BlockType.PARAGRAPH);
    private final ReadOnlyIntegerWrapper level = new ReadOnlyIntegerWrapper(this, "level");
    private final ReadOnlyObjectWrapper<Direction> direction = new ReadOnlyObjectWrapper<>(this, "direction", Direction.AUTO);

    CaretFormatting(BodyArea area, InlineFormatting inline) {
        this.area = area;
        this.inline = inline;
        area.caretPositionProperty().addListener(obs -> update());
        area.selectionProperty().addListener(obs -> update());
        area.changeCountProperty().addListener(obs -> update());
    }

    void update() {
        marks.set(inline.selectedMarks());
        link.set(inline.linkAtCaret());
        ParStyle style = area.currentParagraph().getParagraphStyle();
        blockType.set(style.type());
        level.set(style.level());
        direction.set(style.direction());
    }

    ReadOnlyObjectProperty<Set<Mark>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    ReadOnlyStringProperty linkProperty() {
        return link.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BlockType> blockTypeProperty() {
        return blockType.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Direction> directionProperty() {
        return direction.getReadOnlyProperty();
    }
}
