package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor column at the default window size: headline and standfirst above a body that gets most of the
 * height, the other details folded to one line that Tab still walks through.
 */
class RoomToWriteTest extends WindowTest {

    private void openEnglishSample() throws Exception {
        app = AppDriver.start(dir, null); // the default library, seeded with the three samples
        robot.push(KeyCode.CONTROL, KeyCode.L).write("heritage classrooms").push(KeyCode.ENTER);
        AppDriver.waitUntil("English sample open", () -> app.window().editor().headlineProperty().get()
                .startsWith("Heritage classrooms"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theBodyGetsAtLeastSixtyPercentOfTheEditorColumnAndNoLabelIsCut() throws Exception {
        openEnglishSample();
        assertThat(fx(() -> robot.lookup("#main-split").query().getScene().getWindow().getWidth())).isEqualTo(1280);
        assertThat(fx(() -> robot.lookup("#main-split").query().getScene().getWindow().getHeight())).isEqualTo(800);
        double column = fx(() -> robot.lookup(".editor-pane").query().getBoundsInLocal().getHeight());
        double body = fx(() -> robot.lookup("#body").query().getParent().getBoundsInLocal().getHeight());
        assertThat(body / column).as("body %.0f px of an editor column of %.0f px", body, column)
                .isGreaterThanOrEqualTo(0.60);
        assertThat(fx(() -> CutLabels.under(robot.lookup(".editor-pane").query()))).isEmpty();
        for (String filter : List.of("#filter-status", "#filter-tag", "#filter-language", "#filter-order")) {
            assertThat(fx(() -> CutLabels.under(robot.lookup(filter).query()))).as(filter).isEmpty();
        }
        assertThat(fx(() -> robot.lookup("#details-summary").queryLabeled().getText()))
                .isEqualTo("\u200EParis\u200E · 12 Mar 2026 · Press Office\u200E · English · 3 tags");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I); // unfolded, nothing is cut either
        AppDriver.waitUntil("details shown", () -> robot.lookup("#details-fields").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> CutLabels.under(robot.lookup(".editor-pane").query()))).isEmpty();
    }

    @Test
    void tabWalksThroughTheFoldedDetailsAndTheyFoldAgainAfterwards() throws Exception {
        openEnglishSample();
        robot.clickOn("#headline");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            order.add(fx(this::focusedId));
            if (i == 2) {
                assertThat(fx(() -> robot.lookup("#details-fields").query().isVisible())).as("details open while in them")
                        .isTrue();
            }
        }
        assertThat(order).containsSubsequence("standfirst", "dateline", "date", "byline", "language", "tags-input",
                "embargo-on", "featured-choose");
        assertThat(order.get(order.size() - 1)).isNotIn("dateline", "date", "byline", "language", "tags-input",
                "embargo-on", "featured-choose");
        assertThat(fx(() -> robot.lookup("#details-fields").query().isVisible())).as("folded again after %s", order).isFalse();
    }

    @Test
    void theDetailsStayOpenAfterARestartWhenTheUserOpenedThem() throws Exception {
        openEnglishSample();
        robot.clickOn("#details-toggle");
        AppDriver.waitUntil("details shown", () -> robot.lookup("#details-fields").query().isVisible());
        robot.doubleClickOn("#dateline").write("Rabat");
        robot.clickOn("#headline"); // opened by a click, they stay open when the focus leaves
        assertThat(fx(() -> robot.lookup("#details-fields").query().isVisible())).isTrue();
        AppDriver.waitUntil("summary follows", () -> robot.lookup("#details-summary").queryLabeled().getText()
                .startsWith("\u200ERabat\u200E · 12 Mar 2026"));
        app.quit();

        openEnglishSample();
        assertThat(fx(() -> robot.lookup("#details-fields").query().isVisible())).isTrue();
    }

    private String focusedId() {
        Node n = javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused).findFirst()
                .map(w -> w.getScene().getFocusOwner()).orElse(null);
        while (n != null && n.getId() == null) {
            n = n.getParent();
        }
        return n == null ? null : n.getId();
    }
}
