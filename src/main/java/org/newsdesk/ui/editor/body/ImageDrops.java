package org.newsdesk.ui.editor.body;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Picture files dropped on the body: the caret moves to where they were dropped and the files go to the host's
 * {@link ImageIntake}. Drops without pictures are left to the window (which imports article files).
 */
final class ImageDrops {
    private ImageDrops() {
    }

    static void install(BodyArea area, Supplier<ImageIntake> intake) {
        area.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && !PictureFiles.of(e.getDragboard().getFiles()).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        area.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles()) {
                return;
            }
            List<Path> pictures = PictureFiles.of(e.getDragboard().getFiles());
            if (pictures.isEmpty()) {
                return;
            }
            area.moveTo(area.hit(e.getX(), e.getY()).getInsertionIndex());
            intake.get().files(pictures);
            e.setDropCompleted(true);
            e.consume();
        });
    }
}
