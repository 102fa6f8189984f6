package org.newsdesk.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.newsdesk.model.SearchHit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the screenshot programs do again and again: open a sample in the window, write the scene to a PNG. */
final class ScreenshotSteps {
    private ScreenshotSteps() {
    }

    /** Selects the first article in {@code language} in the library list and waits until the editor shows it. */
    static void openSample(AppDriver app, FxRobot robot, String language) throws Exception {
        AppDriver.waitUntil("library listed", () -> app.currentWindow() != null
                && !app.currentWindow().libraryModel().results().isEmpty());
        SearchHit hit = fx(() -> app.window().libraryModel().results().stream()
                .filter(h -> h.article().language().tag().equals(language)).findFirst().orElseThrow());
        fx(() -> {
            @SuppressWarnings("unchecked")
            var list = (javafx.scene.control.ListView<SearchHit>) robot.lookup("#library-list").query();
            list.getSelectionModel().select(hit);
            return null;
        });
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null
                && app.window().editor().storedProperty().get().id().equals(hit.article().id()));
        Thread.sleep(2000); // let the preview render
    }

    /** The whole scene, as it is drawn now, to {@code file}. */
    static void shoot(Scene scene, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = fx(() -> scene.snapshot(null));
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file.toString()));
        System.out.println("wrote " + file);
    }

    static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }
}
