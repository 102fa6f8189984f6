package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.fx;
import static org.newsdesk.ui.editor.body.EditorHarness.read;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.TextRun;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+K, the link commands, and Ctrl+click following a link. */
@ExtendWith(ApplicationExtension.class)
class LinksTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
    }

    @Test
    void ctrlKAsksForTheAddressAndLinksTheSelection(FxRobot robot) {
        harness.load(Document.of(Block.paragraph("Read the report now")));
        harness.select(9, 15);
        robot.push(KeyCode.CONTROL, KeyCode.K);
        TextField address = robot.lookup("#link-address").queryAs(TextField.class);
        fx(address::clear);
        robot.clickOn(address).write("example.org/report").push(KeyCode.ENTER);
        assertThat(harness.document().blocks().get(0).runs()).containsExactly(TextRun.plain("Read the "),
                TextRun.link("report", "https://example.org/report"), TextRun.plain(" now"));
        harness.caretTo(11);
        assertThat(read(() -> harness.editor.caretLinkProperty().get())).isEqualTo("https://example.org/report");
    }

    @Test
    void ctrlKOnALinkCanEditOrRemoveIt(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(TextRun.plain("See "), TextRun.link("this", "https://a.org"))));
        harness.caretTo(6);
        robot.push(KeyCode.CONTROL, KeyCode.K);
        TextField address = robot.lookup("#link-address").queryAs(TextField.class);
        String shown = read(address::getText);
        assertThat(shown).isEqualTo("https://a.org");
        fx(address::clear);
        robot.clickOn(address).write("https://b.org").push(KeyCode.ENTER);
        assertThat(harness.document().blocks().get(0).runs()).containsExactly(TextRun.plain("See "),
                TextRun.link("this", "https://b.org"));
        fx(harness.editor::removeLink);
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph("See this")));
    }

    @Test
    void unsafeAddressesAreRefused() {
        harness.load(Document.of(Block.paragraph("click")));
        harness.select(0, 5);
        boolean accepted = read(() -> harness.editor.setLink("javascript:alert(1)"));
        assertThat(accepted).isFalse();
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph("click")));
        assertThat(read(() -> harness.editor.setLink("mailto:press@example.org"))).isTrue();
        assertThat(harness.document().blocks().get(0).runs()).containsExactly(TextRun.link("click", "mailto:press@example.org"));
    }

    @Test
    void ctrlClickFollowsALinkAndAPlainClickDoesNot(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(TextRun.plain("Go "), TextRun.link("there", "https://example.org/x"))));
        Point2D onLink = read(() -> {
            Bounds b = harness.editor.area().getCharacterBoundsOnScreen(4, 5).orElseThrow();
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
        robot.clickOn(onLink, MouseButton.PRIMARY);
        assertThat(harness.openedLinks).isEmpty();
        robot.press(KeyCode.CONTROL).clickOn(onLink, MouseButton.PRIMARY).release(KeyCode.CONTROL);
        assertThat(harness.openedLinks).containsExactly("https://example.org/x");
    }
}
