package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.newsdesk.testing.TestLibrary;

/**
 * A dialog shows the same 2 px focus ring as the main window (Primer's own 1 px ring reads at 2.5:1 in the dark
 * theme): Settings opened from the keyboard, its boilerplate field focused.
 */
class DialogFocusRingTest extends WindowTest {

    @Test
    void aFocusedFieldInADialogHasTheWindowsTwoPixelRing() throws Exception {
        Path file = dir.resolve("lib.newsdesk");
        TestLibrary.open(file).close();
        app = AppDriver.start(dir, file);
        robot.press(KeyCode.CONTROL).press(KeyCode.COMMA).release(KeyCode.COMMA).release(KeyCode.CONTROL);
        AppDriver.waitUntil("settings", () -> robot.lookup("#settings-boilerplate").tryQuery().isPresent());
        robot.clickOn("#settings-boilerplate");
        AppDriver.waitUntil("focused", () -> robot.lookup("#settings-boilerplate").queryAs(TextArea.class).isFocused());
        // the focused style is applied by a later pulse's CSS pass, which a loaded machine may run well after 200 ms
        try {
            AppDriver.waitUntil("the ring drawn", () -> ringWidth() >= 2);
        } catch (AssertionError e) {
            // the assertion below says how wide the ring is instead
        }

        double ring = fx(this::ringWidth);
        robot.push(KeyCode.ESCAPE);
        assertThat(ring).as("the focused field's ring width").isGreaterThanOrEqualTo(2);
    }

    /** The widest stroke of the boilerplate field's border; read on the FX thread. */
    private double ringWidth() {
        Node field = robot.lookup("#settings-boilerplate").query();
        Region region = (Region) field;
        return region.getBorder() == null ? 0 : region.getBorder().getStrokes().stream()
                .mapToDouble(s -> s.getWidths().getTop()).max().orElse(0);
    }
}
