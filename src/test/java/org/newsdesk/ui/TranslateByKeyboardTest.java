package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.service.SampleArticles;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.ui.translation.TranslationWindow;

/**
 * A translator who works without a mouse: in the side-by-side window the arrows choose a row, Enter opens its
 * translation for typing, Enter again stores it.
 */
class TranslateByKeyboardTest extends WindowTest {

    @Test
    void aRowIsChosenWithTheArrowsAndTranslatedAfterEnter() throws Exception {
        Path file = dir.resolve("lib.newsdesk");
        Article english;
        try (Library seeded = TestLibrary.open(file)) {
            english = SampleArticles.seed(seeded, java.time.Clock.systemUTC()).stream()
                    .filter(a -> a.language().equals(Language.ENGLISH)).findFirst().orElseThrow();
        }
        app = AppDriver.begin(dir, file, english.id(), true).get(90, java.util.concurrent.TimeUnit.SECONDS);
        AppDriver.waitUntil("sample open", () -> app.window().editor().storedProperty().get() != null);

        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.T);            // Article ▸ Translate…
        AppDriver.waitUntil("language asked", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.push(KeyCode.ENTER);                                       // French
        AppDriver.waitUntil("side by side", () -> window() != null && window().model().reportProperty().get() != null);
        TranslationWindow sideBySide = fx(this::window);
        robot.targetWindow(sideBySide.stage()); // the robot types into the window a person would be looking at
        robot.interact(() -> sideBySide.stage().getScene().lookup("#translation-rows").requestFocus());

        robot.push(KeyCode.HOME).push(KeyCode.DOWN);                     // the standfirst's row
        assertThat(fx(() -> {
            var rows = (javafx.scene.control.ListView<?>) sideBySide.stage().getScene().lookup("#translation-rows");
            return ((org.newsdesk.model.AlignedRow) rows.getSelectionModel().getSelectedItem()).sourceUnitId();
        })).isEqualTo(org.newsdesk.model.TranslationUnit.STANDFIRST);
        robot.push(KeyCode.ENTER);
        AppDriver.waitUntil("editing", () -> robot.lookup(".unit-editor").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("Quarante écoles dans six pays.");
        robot.push(KeyCode.ENTER);

        AppDriver.waitUntil("the standfirst translated", () -> sideBySide.model().reportProperty().get()
                .translation().standfirst().equals("Quarante écoles dans six pays."));
        assertThat(fx(() -> sideBySide.model().reportProperty().get().translation().headline()))
                .as("the headline's row was not the one chosen").isEqualTo(english.headline());
    }

    private TranslationWindow window() {
        List<TranslationWindow> open = app.window().translations().windows();
        return open.isEmpty() ? null : open.get(0);
    }
}
