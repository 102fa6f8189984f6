package org.newsdesk.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.newsdesk.i18n.Digits;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.model.SearchHit;
import org.newsdesk.ui.window.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The README's screenshots of the window in French (a French article) and in Arabic (the window mirrored, an Arabic
 * article), run by docs/screenshots/take.sh under Xvfb.
 */
public final class InterfaceScreenshots {
    private InterfaceScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Path home = Files.createTempDirectory("newsdesk-languages");
        AppDriver app = AppDriver.startIn(home, null, null, "fr");
        FxRobot robot = new FxRobot();
        place(robot);
        open(app, robot, "fr");
        shoot(robot, out.resolve("window-fr.png"));
        MainWindow french = app.window();
        fx(() -> {
            french.switchLanguage(UiLanguage.ARABIC, Digits.ARABIC_INDIC);
            return null;
        });
        AppDriver.waitUntil("Arabic window", () -> app.currentWindow() != null && app.currentWindow() != french);
        place(robot);
        open(app, robot, "ar");
        shoot(robot, out.resolve("window-ar.png"));
        app.quit();
        System.exit(0);
    }

    private static void place(FxRobot robot) throws Exception {
        fx(() -> {
            Stage stage = (Stage) robot.lookup("#main-split").query().getScene().getWindow();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1440);
            stage.setHeight(900);
            return null;
        });
    }

    private static void open(AppDriver app, FxRobot robot, String language) throws Exception {
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

    private static void shoot(FxRobot robot, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = fx(() -> robot.lookup("#main-split").query().getScene().snapshot(null));
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file.toString()));
        System.out.println("wrote " + file);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
