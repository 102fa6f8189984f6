package org.newsdesk.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.testing.TestLibrary;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * docs/screenshots/table.png: the French release made by LibreOffice (src/test/resources/docx) imported, opened in
 * the real window, its table's "Classes" cell being edited. Run by docs/screenshots/take.sh under Xvfb.
 */
public final class TableScreenshot {
    private TableScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Path home = Files.createTempDirectory("newsdesk-table");
        Path library = home.resolve("tables.newsdesk");
        Article article;
        try (var lib = TestLibrary.open(library)) {
            article = lib.imports().importFiles(List.of(Path.of("src/test/resources/docx/libreoffice/communique-fr.docx")),
                    Language.ENGLISH).get(0);
        }
        AppDriver app = AppDriver.start(home, library, article.id());
        FxRobot robot = new FxRobot();
        Stage stage = fx(() -> (Stage) robot.lookup("#main-split").query().getScene().getWindow());
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1440);
            stage.setHeight(900);
            return null;
        });
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);
        AppDriver.waitUntil("grid drawn", () -> !robot.lookup(".table-cell-text").queryAll().isEmpty());
        fx(() -> { // the table near the top of the body
            var area = (org.newsdesk.ui.editor.body.BodyArea) robot.lookup("#body").query();
            area.showParagraphAtTop(2);
            return null;
        });
        Thread.sleep(1200);
        robot.clickOn(robot.lookup(".table-cell-text").queryAll().stream()
                .filter(n -> n.localToScreen(n.getBoundsInLocal()) != null).skip(4).findFirst().orElseThrow());
        Thread.sleep(1200);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = fx(() -> stage.getScene().snapshot(null));
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(out.resolve("table.png").toString()));
        System.out.println("wrote " + out.resolve("table.png"));
        app.quit();
        System.exit(0);
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }
}
