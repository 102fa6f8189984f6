package org.newsdesk.ui.editor.body;

import java.util.function.IntFunction;
import javafx.scene.Node;
import org.newsdesk.model.BlockType;

/** The graphic of each paragraph: the picture of an image block, a table's grid, the bullet or number of a list item. */
final class ParagraphGraphics implements IntFunction<Node> {
    private final BodyArea area;
    private final ParagraphMarkers markers;
    private final FigureView figures;
    private final TableView tables;

    ParagraphGraphics(BodyArea area, ParagraphMarkers markers, FigureView figures, TableView tables) {
        this.area = area;
        this.markers = markers;
        this.figures = figures;
        this.tables = tables;
    }

    @Override
    public Node apply(int index) {
        if (index >= 0 && index < area.getParagraphs().size() && area.paragraphStyle(index).is(BlockType.IMAGE)) {
            return figures.create(index);
        }
        if (index >= 0 && index < area.getParagraphs().size() && area.paragraphStyle(index).is(BlockType.TABLE)) {
            return tables.create(index);
        }
        return markers.apply(index);
    }
}
