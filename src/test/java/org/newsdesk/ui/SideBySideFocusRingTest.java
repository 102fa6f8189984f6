package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.service.SampleArticles;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.ui.translation.TranslationWindow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The side-by-side translation window, worked from the keyboard as {@code TranslateByKeyboardTest} does, shows
 * where the focus is on every control a person can Tab to ({@link FocusRingPictures}), in both themes.
 */
class SideBySideFocusRingTest extends WindowTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyControlOfTheSideBySideWindowShowsARingThatContrasts(boolean dark) throws Exception {
        Path file = dir.resolve("lib.newsdesk");
        Article english;
        try (Library seeded = TestLibrary.open(file)) {
            english = SampleArticles.seed(seeded, Clock.systemUTC()).stream()
                    .filter(a -> a.language().equals(Language.ENGLISH)).findFirst().orElseThrow();
        }
        app = AppDriver.begin(dir, file, english.id(), true).get(90, TimeUnit.SECONDS);
        AppDriver.waitUntil("sample open", () -> app.window().editor().storedProperty().get() != null);
        if (dark) {
            robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
            AppDriver.waitUntil("dark", () -> app.window().darkThemeProperty().get());
        }
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.T);            // Article ▸ Translate…
        AppDriver.waitUntil("language asked", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.push(KeyCode.ENTER);                                       // French
        AppDriver.waitUntil("side by side", () -> window() != null && window().model().reportProperty().get() != null);
        TranslationWindow sideBySide = fx(this::window);
        fx(() -> {
            sideBySide.stage().setWidth(1200); // inside the headless screen (1280 × 800)
            sideBySide.stage().setHeight(760);
            return null;
        });
        robot.targetWindow(sideBySide.stage());
        robot.moveTo(0, 0); // no control hovered
        WaitForAsyncUtils.waitForFxEvents();

        Scene scene = sideBySide.stage().getScene();
        List<Node> controls = fx(() -> AccessibleNames.focusable(scene));
        List<String> unseen = new FocusRingPictures(scene, (dark ? "dark" : "light") + "-side-by-side-")
                .unseen(controls);
        assertThat(controls).as("the rows, the search and the buttons").hasSizeGreaterThan(2);
        assertThat(unseen).as((dark ? "dark" : "light") + " theme: side-by-side controls whose focus is not visible")
                .isEmpty();
    }

    private TranslationWindow window() {
        List<TranslationWindow> open = app.window().translations().windows();
        return open.isEmpty() ? null : open.get(0);
    }
}
