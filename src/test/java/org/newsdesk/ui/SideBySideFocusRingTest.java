package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
        openTheEnglishSample();
        if (dark) {
            robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
            AppDriver.waitUntil("dark", () -> app.window().darkThemeProperty().get());
        }
        TranslationWindow sideBySide = translateIntoFrenchSideBySide();
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
        assertThat(controls).as("the buttons and the rows").hasSizeGreaterThan(2);
        assertThat(unseen).as((dark ? "dark" : "light") + " theme: side-by-side controls whose focus is not visible")
                .isEmpty();
    }
}
