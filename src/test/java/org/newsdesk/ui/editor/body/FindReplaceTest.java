package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.read;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The find bar: counts, options, next, replace, and replace all as one undo step. */
@ExtendWith(ApplicationExtension.class)
class FindReplaceTest {

    private static final Document TEXT = Document.of(
            Block.heading(2, "Festival news"),
            Block.paragraph(TextRun.plain("The festival opens. "), TextRun.of("Festival", Mark.BOLD),
                    TextRun.plain(" goers love the festivals.")),
            Block.bullet(0, "festival pass"));

    private EditorHarness harness;

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
    }

    private String count(FxRobot robot) {
        return read(() -> robot.lookup("#find-count").queryAs(Label.class).getText());
    }

    @Test
    void ctrlFCountsMatchesWithCaseAndWholeWordOptions(FxRobot robot) {
        harness.load(TEXT);
        robot.push(KeyCode.CONTROL, KeyCode.F).write("festival");
        assertThat(count(robot)).isEqualTo("5 matches");
        robot.clickOn(robot.lookup("Whole words").queryAs(CheckBox.class));
        assertThat(count(robot)).isEqualTo("4 matches");
        robot.clickOn(robot.lookup("Match case").queryAs(CheckBox.class));
        assertThat(count(robot)).isEqualTo("2 matches");
        robot.clickOn("#find-query").push(KeyCode.ENTER);
        assertThat(count(robot)).isEqualTo("1 of 2");
        assertThat(read(() -> harness.editor.area().getSelectedText())).isEqualTo("festival");
        robot.push(KeyCode.ENTER);
        assertThat(count(robot)).isEqualTo("2 of 2");
        robot.push(KeyCode.ESCAPE);
        assertThat(read(() -> robot.lookup(".find-bar").query().isVisible())).isFalse();
    }

    @Test
    void replaceAllIsOneUndoStepAndKeepsFormatting(FxRobot robot) {
        harness.load(TEXT);
        robot.push(KeyCode.CONTROL, KeyCode.H).write("festival");
        robot.clickOn("#find-replacement").write("fair");
        robot.clickOn("#find-replace-all");
        assertThat(count(robot)).isEqualTo("No matches");
        assertThat(harness.document()).isEqualTo(Document.of(
                Block.heading(2, "fair news"),
                Block.paragraph(TextRun.plain("The fair opens. "), TextRun.of("fair", Mark.BOLD),
                        TextRun.plain(" goers love the fairs.")),
                Block.bullet(0, "fair pass")));
        EditorHarness.fx(() -> harness.editor.area().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(harness.document()).isEqualTo(TEXT);
    }

    @Test
    void replaceOneAtATime(FxRobot robot) {
        harness.load(Document.of(Block.paragraph("cat cat cat")));
        robot.push(KeyCode.CONTROL, KeyCode.H).write("cat");
        robot.clickOn("#find-replacement").write("dog");
        robot.clickOn("Replace"); // selects the first match
        robot.clickOn("Replace"); // replaces it, selects the next
        assertThat(harness.text()).isEqualTo("dog cat cat");
        assertThat(read(() -> harness.editor.findMatchCountProperty().get())).isEqualTo(2);
    }

    @Test
    void searchIsPlainTextNotARegex() {
        assertThat(TextSearch.find("a.b axb (x)", ".", new TextSearch.Options(false, false))).hasSize(1);
        assertThat(TextSearch.find("Élan élan ÉLAN", "élan", new TextSearch.Options(false, true))).hasSize(3);
        assertThat(TextSearch.find("مدرسة المدرسة", "مدرسة", new TextSearch.Options(true, true))).hasSize(1);
    }
}
