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

    private final org.newsdesk.testing.FxThreadWatch watch = org.newsdesk.testing.FxThreadWatch.install();

    @org.junit.jupiter.api.BeforeEach
    void forgetEarlierFxThreadWork() {
        watch.drain();
    }

    /** Quits, then fails if the app's code read or wrote the user's files or the library on the FX thread. */
    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.quit();
        }
        var found = watch.drain();
        org.assertj.core.api.Assertions.assertThat(found)
                .as("disk or database work on the JavaFX thread:%s", org.newsdesk.testing.FxThreadWatch.describe(found))
                .isEmpty();
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
