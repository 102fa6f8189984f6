package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control of the main window a person can Tab to shows where the focus is ({@link FocusRingPictures}), in the
 * light and the dark theme.
 */
class FocusRingTest extends WindowTest {
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyFocusableControlShowsARingThatContrasts(boolean dark) throws Exception {
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"));
        fx(() -> {
            Stage stage = (Stage) mainScene().getWindow();
            stage.setWidth(1200); // inside the headless screen (1280 × 800)
            stage.setHeight(760);
            return null;
        });
        if (dark) {
            robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
            AppDriver.waitUntil("dark", () -> app.window().darkThemeProperty().get());
        }
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil("new article", () -> app.window().editor().storedProperty().get() != null);
        robot.write("Minister opens festival");
        robot.clickOn("#body").write("Three days of music.");
        openDetails();
        robot.moveTo(0, 0); // no control hovered
        WaitForAsyncUtils.waitForFxEvents();

        List<Node> controls = fx(() -> AccessibleNames.focusable(mainScene()));
        List<String> unseen = new FocusRingPictures(mainScene(), dark ? "dark-" : "light-").unseen(controls);
        assertThat(controls).hasSizeGreaterThan(15);
        assertThat(unseen).as((dark ? "dark" : "light") + " theme: controls whose focus is not visible").isEmpty();
    }

    private Scene mainScene() {
        return robot.lookup("#main-split").query().getScene();
    }
}
