package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every Markdown shortcut, typed, and Ctrl+Z right after it giving back exactly what was typed. */
@ExtendWith(ApplicationExtension.class)
class AutoformatTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
    }

    static Stream<Arguments> blockShortcuts() {
        return Stream.of(
                Arguments.of("## ", Block.heading(2, "Text")),
                Arguments.of("### ", Block.heading(3, "Text")),
                Arguments.of("#### ", Block.heading(4, "Text")),
                Arguments.of("- ", Block.bullet(0, "Text")),
                Arguments.of("* ", Block.bullet(0, "Text")),
                Arguments.of("1. ", Block.numbered(0, "Text")),
                Arguments.of("> ", Block.quote("Text")));
    }

    @ParameterizedTest
    @MethodSource("blockShortcuts")
    void blockShortcutFormatsTheParagraphAndUndoBringsBackThePrefix(String prefix, Block expected, FxRobot robot) {
        harness.start();
        robot.write(prefix);
        robot.write("Text");
        assertThat(harness.document()).isEqualTo(Document.of(expected));

        harness.start();
        robot.write(prefix);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph(prefix)));
    }

    @Test
    void prefixOnlyCountsAtTheStartOfAPlainParagraph(FxRobot robot) {
        harness.start();
        robot.write("Score 2 - 1 and ## not a heading");
        assertThat(harness.document().blocks().get(0).type()).isEqualTo(org.newsdesk.model.BlockType.PARAGRAPH);
    }

    @Test
    void doubleStarsMakeBoldAndUndoKeepsTheStars(FxRobot robot) {
        harness.start();
        robot.write("A **big** deal");
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph(TextRun.plain("A "),
                TextRun.of("big", Mark.BOLD), TextRun.plain(" deal"))));

        harness.start();
        robot.write("A **big**");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph("A **big**")));
    }

    @Test
    void underscoresMakeItalicButNotInsideWords(FxRobot robot) {
        harness.start();
        robot.write("An _important_ note about snake_case_names");
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph(TextRun.plain("An "),
                TextRun.of("important", Mark.ITALIC), TextRun.plain(" note about snake_case_names"))));

        harness.start();
        robot.write("_x_");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(harness.text()).isEqualTo("_x_");
    }

    @Test
    void markdownCanBeSwitchedOff(FxRobot robot) {
        EditorHarness.fx(() -> harness.editor.typingSettingsProperty().set(TypingSettings.ALL_OFF));
        harness.start();
        robot.write("## **x**");
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph("## **x**")));
    }
}
