package org.newsdesk.ui;

import static org.newsdesk.ui.ScreenshotSteps.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.newsdesk.i18n.Digits;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.ui.window.MainWindow;
import org.testfx.api.FxRobot;

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
        ScreenshotSteps.openSample(app, robot, "fr");
        ScreenshotSteps.shoot(fx(() -> robot.lookup("#main-split").query().getScene()), out.resolve("window-fr.png"));
        MainWindow french = app.window();
        fx(() -> {
            french.switchLanguage(UiLanguage.ARABIC, Digits.ARABIC_INDIC);
            return null;
        });
        AppDriver.waitUntil("Arabic window", () -> app.currentWindow() != null && app.currentWindow() != french);
        place(robot);
        ScreenshotSteps.openSample(app, robot, "ar");
        ScreenshotSteps.shoot(fx(() -> robot.lookup("#main-split").query().getScene()), out.resolve("window-ar.png"));
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

}
