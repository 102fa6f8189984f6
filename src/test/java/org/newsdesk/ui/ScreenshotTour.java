package org.newsdesk.ui;

import static org.newsdesk.ui.ScreenshotSteps.fx;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Makes the README's screenshots from the real window (run by docs/screenshots/take.sh under Xvfb):
 * an English article in the light theme, the same in the dark theme, and an Arabic article; then, on a library
 * with a review under way, the Review tab and the History tab's "changes since submitted".
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Path home = Files.createTempDirectory("newsdesk-tour");
        AppDriver app = AppDriver.start(home, null);
        FxRobot robot = new FxRobot();
        Stage stage = fx(() -> (Stage) robot.lookup("#main-split").query().getScene().getWindow());
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1440);
            stage.setHeight(900);
            return null;
        });
        ScreenshotSteps.openSample(app, robot, "en");
        ScreenshotSteps.shoot(stage.getScene(), out.resolve("editor-light.png"));
        fx(() -> { // the theme itself, not its key: a robot's key press may not reach an unmanaged X window
            app.window().darkThemeProperty().set(true);
            return null;
        });
        Thread.sleep(1500);
        ScreenshotSteps.shoot(stage.getScene(), out.resolve("editor-dark.png"));
        fx(() -> {
            app.window().darkThemeProperty().set(false);
            return null;
        });
        Thread.sleep(800);
        ScreenshotSteps.openSample(app, robot, "ar");
        ScreenshotSteps.shoot(stage.getScene(), out.resolve("arabic.png"));
        fx(() -> { // a standfirst long enough to wrap, with an English name and a year in it
            app.window().editor().standfirstProperty().set("مشروع جديد لرقمنة عشرة آلاف مخطوطة نادرة وإتاحتها للباحثين "
                    + "والجمهور مجانًا على الإنترنت، بدعم من مؤسسة Heritage Trust ومنظمة (اليونسكو) حتى عام 2026، "
                    + "في الأردن ولبنان والمغرب. فمن يستفيد منها؟");
            return null;
        });
        Thread.sleep(1500);
        shootEditorAndPreview(robot, stage, out.resolve("arabic-editor.png"));
        app.quit();
        reviewTour(home, out, robot);
        System.exit(0);
    }

    /** The Review tab of an article back in review after changes, and the changes since they were requested. */
    private static void reviewTour(Path home, Path out, FxRobot robot) throws Exception {
        Path library = home.resolve("review.newsdesk");
        java.util.UUID id = ReviewScenario.create(library);
        AppDriver app = AppDriver.startAs(home, library, id, ReviewScenario.EDITOR.name(), "editor");
        Stage stage = fx(() -> (Stage) robot.lookup("#main-split").query().getScene().getWindow());
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1440);
            stage.setHeight(900);
            ((javafx.scene.control.SplitPane) robot.lookup("#main-split").query()).setDividerPositions(0.2, 0.66);
            return null;
        });
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);
        robot.clickOn("#tab-review");
        AppDriver.waitUntil("review loaded", () -> app.window().review().reviewModel().loadedProperty().get()
                && app.window().review().highlights().count() > 0);
        Thread.sleep(800);
        ScreenshotSteps.shoot(stage.getScene(), out.resolve("review.png"));
        robot.clickOn("#tab-history");
        AppDriver.waitUntil("history loaded", () -> app.window().review().historyModel().sinceSubmittedProperty().get() != null);
        robot.clickOn("#history-since-submitted");
        AppDriver.waitUntil("diff", () -> app.window().review().historyModel().diffProperty().get() != null);
        Thread.sleep(800);
        ScreenshotSteps.shoot(stage.getScene(), out.resolve("history-diff.png"));
        app.quit();
    }

    /** The editor and the preview of the open article at twice the size, cropped to the form and first paragraphs. */
    private static void shootEditorAndPreview(FxRobot robot, Stage stage, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds editor = fx(() -> {
            javafx.scene.Node pane = robot.lookup(".editor-pane").query();
            return pane.localToScene(pane.getBoundsInLocal());
        });
        double scale = 2;
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        params.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
        WritableImage image = fx(() -> stage.getScene().getRoot().snapshot(params, null));
        java.awt.image.BufferedImage whole = SwingFXUtils.fromFXImage(image, null);
        int x = (int) (editor.getMinX() * scale);
        int y = (int) (editor.getMinY() * scale);
        int w = whole.getWidth() - x;
        int h = Math.min(whole.getHeight() - y, (int) (760 * scale)); // down to the first heading of the body
        ImageIO.write(whole.getSubimage(x, y, w, h), "png", new File(file.toString()));
        System.out.println("wrote " + file);
    }

}
