package org.newsdesk.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every test of the whole window shares: a fresh folder for its library, the running app (started by the
 * test, so each can choose the library and the user), a robot for keys and clicks, and a clean quit.
 */
abstract class WindowTest {
    @TempDir
    Path dir;
    AppDriver app;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.quit();
        }
    }

    /** Unfolds the editor's details (dateline … featured image) with a click on their header, as a person does. */
    void openDetails() throws Exception {
        if (!fx(() -> robot.lookup("#details-fields").query().isVisible())) {
            robot.clickOn("#details-toggle");
            AppDriver.waitUntil("details shown", () -> robot.lookup("#details-fields").query().isVisible());
        }
    }

    /** Reads a value on the FX thread. */
    <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
