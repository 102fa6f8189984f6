package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.ui.translation.TranslationWindow;

/**
 * A translator who works without a mouse: in the side-by-side window the arrows choose a row, Enter opens its
 * translation for typing, Enter again stores it.
 */
class TranslateByKeyboardTest extends WindowTest {

    @Test
    void aRowIsChosenWithTheArrowsAndTranslatedAfterEnter() throws Exception {
        Article english = openTheEnglishSample();
        TranslationWindow sideBySide = translateIntoFrenchSideBySide();
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
}
