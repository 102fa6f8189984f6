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

/** Renders the sample document to docs/screenshots/body-editor.png so a person can look at it. */
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
        Path out = Path.of("docs/screenshots/body-editor.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        assertThat(Files.size(out)).isGreaterThan(1000);
    }
}
