package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** View › Dark theme from its shortcut, wherever the focus is (the search box has it at start). */
class ThemeKeyTest extends WindowTest {
    @Test
    void ctrlShiftTSwitchesTheThemeAndBack() throws Exception {
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"));
        String light = fx(Application::getUserAgentStylesheet);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        AppDriver.waitUntil("dark", () -> app.window().darkThemeProperty().get());
        assertThat(fx(Application::getUserAgentStylesheet)).isNotEqualTo(light);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        AppDriver.waitUntil("light", () -> !app.window().darkThemeProperty().get());
        assertThat(fx(Application::getUserAgentStylesheet)).isEqualTo(light);
    }
}
