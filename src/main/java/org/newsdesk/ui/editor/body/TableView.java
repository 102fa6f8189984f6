package org.newsdesk.ui.editor.body;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.TextFlow;
import org.newsdesk.model.Direction;

/**
 * Draws the grid of a table paragraph above its caption (the paragraph's text), the way {@link FigureView} draws a
 * picture: an unmanaged paragraph graphic as wide as the paragraph, for which {@link BlockLook} leaves room above
 * the caption. The room is the grid's height, which depends on the width and the words; the grid keeps it in the
 * caption flow's properties so that restyling the paragraph keeps it too.
 */
final class TableView {
    static final double INSET = 10;
    static final double TOP = 6;
    private static final double GAP = 6;
    private static final String HEIGHT_KEY = "newsdesk.table-height";
    private static final double FIRST_GUESS = 60;

    private final BodyArea area;
    private final TableEditing editing;
    private final java.util.function.Supplier<org.newsdesk.i18n.Messages> words;

    /** {@code words}: the interface's language, read when a table is drawn (the editor learns it after this is made). */
    TableView(BodyArea area, TableEditing editing, java.util.function.Supplier<org.newsdesk.i18n.Messages> words) {
        this.area = area;
        this.editing = editing;
        this.words = words;
    }

    /** Where the caption starts in a table paragraph's flow: below the grid. */
    static double captionTop(TextFlow flow) {
        Object height = flow.getProperties().get(HEIGHT_KEY);
        return TOP + (height instanceof Double h ? h : FIRST_GUESS) + GAP;
    }

    Node create(int index) {
        ParStyle style = area.paragraphStyle(index);
        boolean rightToLeft = style.direction().resolve(style.table().text()) == Direction.RTL;
        TableGrid grid = new TableGrid(words.get(), index, style.table(), rightToLeft, editing);
        grid.setManaged(false);
        grid.setLayoutX(INSET);
        grid.setLayoutY(TOP);
        grid.parentProperty().addListener((obs, old, parent) -> {
            if (parent instanceof Region paragraph) {
                paragraph.widthProperty().addListener(o -> fit(grid, paragraph));
                fit(grid, paragraph);
            }
        });
        grid.contentChanged(() -> {
            if (grid.getParent() instanceof Region paragraph) {
                fit(grid, paragraph);
            }
        });
        editing.pendingEdit(index).ifPresent(cell -> grid.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> {
                    if (grid.getScene() != null && editing.takePendingEdit(index, cell)) {
                        grid.edit(cell.row(), cell.column(), cell.atEnd());
                    }
                });
            }
        }));
        return grid;
    }

    /** As wide as the paragraph; the caption moves down to just below the grid. */
    private static void fit(TableGrid grid, Region paragraph) {
        double width = Math.max(80, paragraph.getWidth() - 2 * INSET);
        double height = grid.prefHeight(width);
        grid.resize(width, height);
        for (Node child : paragraph.getChildrenUnmodifiable()) {
            if (child instanceof TextFlow flow) {
                Object before = flow.getProperties().put(HEIGHT_KEY, height);
                if (!(before instanceof Double h) || Math.abs(h - height) > 0.5) {
                    if (flow.getProperties().get(ParStyle.class) instanceof ParStyle style) {
                        boolean rtl = flow.getNodeOrientation() == javafx.geometry.NodeOrientation.RIGHT_TO_LEFT;
                        flow.setPadding(BlockLook.padding(style, rtl, flow));
                    }
                }
            }
        }
    }
}
