package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the sample document to target/screenshots/body-editor.png so a person can look at it (a test run must not
 * change the repository; docs/screenshots/take.sh refreshes the README's copy).
 */
@ExtendWith(ApplicationExtension.class)
class BodyEditorScreenshotTest {

    private BodyEditor editor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        editor = new BodyEditor(href -> { });
        javafx.scene.image.Image photo = SwingFXUtils.toFXImage(org.newsdesk.testing.TestImages.picture(640, 400, 4, false), null);
        editor.setPictures((assetId, ready) -> ready.accept(photo));
        stage.setScene(new Scene((javafx.scene.Parent) editor.node(), 760, 720));
        stage.show();
    }

    @Test
    void snapshotOfSampleContent() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> editor.load(SampleDocuments.mixed())).get();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Path out = Path.of("target/screenshots/body-editor.png");
        Files.createDirectories(out.getParent());
        java.awt.image.BufferedImage drawn = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(drawn, "png", out.toFile());
        assertThat(darkPixels(drawn)).as("text drawn").isGreaterThan(drawn.getWidth() * drawn.getHeight() / 200);
    }

    private static int darkPixels(java.awt.image.BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 200) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
