package org.newsdesk.ui.spelling;

import javafx.geometry.Bounds;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.newsdesk.model.Mistake;

/** How a flagged stretch looks: a dashed line along its bottom, red for spelling, blue for names, green for grammar. */
final class Underline {
    static final double THICKNESS = 2.5;

    private Underline() {
    }

    static String styleClass(Mistake.Kind kind) {
        return switch (kind) {
            case SPELLING -> "spelling-mistake";
            case NAME -> "name-mistake";
            case GRAMMAR -> "grammar-mistake";
        };
    }

    static Paint paint(Mistake.Kind kind) {
        Color color = switch (kind) {
            case SPELLING -> Color.web("#d32f2f");
            case NAME -> Color.web("#1565c0");
            case GRAMMAR -> Color.web("#2e7d32");
        };
        return new LinearGradient(0, 0, 4, 0, false, CycleMethod.REPEAT,
                new Stop(0, color), new Stop(0.6, color), new Stop(0.6, Color.TRANSPARENT), new Stop(1, Color.TRANSPARENT));
    }

    /** Keeps only the bottom edge of {@code shape} (a word's highlight box) visible: the underline. */
    static void clipToBottom(Shape shape) {
        Rectangle clip = new Rectangle();
        shape.setClip(clip);
        shape.layoutBoundsProperty().addListener((o, before, b) -> place(clip, b));
        place(clip, shape.getLayoutBounds());
    }

    private static void place(Rectangle clip, Bounds b) {
        clip.setX(b.getMinX());
        clip.setY(b.getMaxY() - THICKNESS);
        clip.setWidth(b.getWidth());
        clip.setHeight(THICKNESS);
    }
}
