package org.newsdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.service.SampleArticles;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.ui.translation.TranslationWindow;
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

    /**
     * Starts the app on a library holding the three samples, the English one open (a generous start: the shared test
     * machine is often busy); returns that article.
     */
    Article openTheEnglishSample() throws Exception {
        Path file = dir.resolve("lib.newsdesk");
        Article english;
        try (Library seeded = TestLibrary.open(file)) {
            english = SampleArticles.seed(seeded, Clock.systemUTC()).stream()
                    .filter(a -> a.language().equals(Language.ENGLISH)).findFirst().orElseThrow();
        }
        app = AppDriver.begin(dir, file, english.id(), true).get(90, TimeUnit.SECONDS);
        AppDriver.waitUntil("English sample open", () -> app.window().editor().storedProperty().get() != null
                && app.window().editor().storedProperty().get().id().equals(english.id()));
        return english;
    }

    /** Article › Translate… by its shortcut, Enter on the language asked (French, the first the set lacks). */
    TranslationWindow translateIntoFrenchSideBySide() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.T);
        AppDriver.waitUntil("language asked", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.push(KeyCode.ENTER);
        AppDriver.waitUntil("side by side shown", () -> sideBySide() != null
                && sideBySide().model().reportProperty().get() != null);
        return fx(this::sideBySide);
    }

    /** The side-by-side window open, or null. */
    TranslationWindow sideBySide() {
        List<TranslationWindow> open = app.window().translations().windows();
        return open.isEmpty() ? null : open.get(0);
    }

    /** Reads a value on the FX thread. */
    <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
