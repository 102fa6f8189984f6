package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.fx;
import static org.newsdesk.ui.editor.body.EditorHarness.read;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Document;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typing, shortcuts, block keys and undo, driven through the keyboard as a person would. */
@ExtendWith(ApplicationExtension.class)
class BodyEditorTypingTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
    }

    @Test
    void typingWithBoldItalicUnderlineShortcuts(FxRobot robot) {
        harness.start();
        robot.write("Plain ");
        robot.push(KeyCode.CONTROL, KeyCode.B).write("bold").push(KeyCode.CONTROL, KeyCode.B);
        robot.write(" and ");
        robot.push(KeyCode.CONTROL, KeyCode.I).write("it").push(KeyCode.CONTROL, KeyCode.I);
        robot.write(" ");
        robot.push(KeyCode.CONTROL, KeyCode.U).write("under").push(KeyCode.CONTROL, KeyCode.U);
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph(TextRun.plain("Plain "),
                TextRun.of("bold", Mark.BOLD), TextRun.plain(" and "), TextRun.of("it", Mark.ITALIC),
                TextRun.plain(" "), TextRun.of("under", Mark.UNDERLINE))));
    }

    @Test
    void shortcutOnASelectionTogglesTheMarkAndTheToolbarSeesIt(FxRobot robot) {
        harness.load(Document.of(Block.paragraph("one two three")));
        harness.select(4, 7);
        robot.push(KeyCode.CONTROL, KeyCode.B);
        assertThat(read(() -> harness.editor.caretMarksProperty().get())).containsExactly(Mark.BOLD);
        assertThat(harness.document().blocks().get(0).runs()).containsExactly(TextRun.plain("one "),
                TextRun.of("two", Mark.BOLD), TextRun.plain(" three"));
        robot.push(KeyCode.CONTROL, KeyCode.B);
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph("one two three")));
        assertThat(read(() -> harness.editor.caretMarksProperty().get())).isEmpty();
    }

    @Test
    void headingAndListShortcuts(FxRobot robot) {
        harness.load(Document.of(Block.paragraph("Title"), Block.paragraph("Item"), Block.paragraph("Said")));
        harness.caretTo(1);
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1);
        assertThat(read(() -> harness.editor.caretBlockTypeProperty().get())).isEqualTo(BlockType.HEADING);
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT3);
        assertThat(harness.document().blocks().get(0)).isEqualTo(Block.heading(4, "Title"));
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT2);
        assertThat(harness.document().blocks().get(0)).isEqualTo(Block.heading(3, "Title"));
        harness.caretTo(8);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT8);
        assertThat(harness.document().blocks().get(1)).isEqualTo(Block.bullet(0, "Item"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT7);
        assertThat(harness.document().blocks().get(1)).isEqualTo(Block.numbered(0, "Item"));
        harness.caretTo(13);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.PERIOD);
        assertThat(harness.document().blocks().get(2)).isEqualTo(Block.quote("Said"));
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT0);
        assertThat(harness.document().blocks().get(2)).isEqualTo(Block.paragraph("Said"));
        // the heading and the list item kept their types, and a toolbar could tell
        assertThat(harness.document().blocks()).extracting(Block::type)
                .containsExactly(BlockType.HEADING, BlockType.NUMBERED_ITEM, BlockType.PARAGRAPH);
    }

    @Test
    void tabAndShiftTabIndentAndOutdentListItems(FxRobot robot) {
        harness.start();
        robot.write("- first").push(KeyCode.ENTER).write("second");
        robot.push(KeyCode.TAB);
        assertThat(harness.document().blocks()).containsExactly(Block.bullet(0, "first"), Block.bullet(1, "second"));
        assertThat(read(() -> harness.editor.caretLevelProperty().get())).isEqualTo(1);
        robot.push(KeyCode.TAB).push(KeyCode.ENTER).write("third");
        assertThat(harness.document().blocks()).containsExactly(Block.bullet(0, "first"), Block.bullet(2, "second"),
                Block.bullet(2, "third"));
        robot.push(KeyCode.SHIFT, KeyCode.TAB).push(KeyCode.SHIFT, KeyCode.TAB);
        assertThat(harness.document().blocks().get(2)).isEqualTo(Block.bullet(0, "third"));
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertThat(harness.document().blocks().get(2)).isEqualTo(Block.paragraph("third"));
    }

    @Test
    void enterOnEmptyListItemEndsTheListAndEnterAfterAHeadingStartsAParagraph(FxRobot robot) {
        harness.start();
        robot.write("## News").push(KeyCode.ENTER).write("Body");
        assertThat(harness.document().blocks()).containsExactly(Block.heading(2, "News"), Block.paragraph("Body"));
        robot.push(KeyCode.ENTER).write("1. one").push(KeyCode.ENTER).write("two").push(KeyCode.ENTER).push(KeyCode.ENTER)
                .write("after");
        assertThat(harness.document().blocks()).containsExactly(Block.heading(2, "News"), Block.paragraph("Body"),
                Block.numbered(0, "one"), Block.numbered(0, "two"), Block.paragraph("after"));
    }

    @Test
    void backspaceAtTheStartOfAListItemQuoteOrHeadingMakesAParagraph(FxRobot robot) {
        harness.load(Document.of(Block.bullet(1, "item"), Block.quote("quote"), Block.heading(3, "head")));
        for (int start : new int[] {0, 5, 11}) {
            harness.caretTo(start);
            robot.push(KeyCode.BACK_SPACE);
        }
        assertThat(harness.document().blocks()).containsExactly(Block.paragraph("item"), Block.paragraph("quote"),
                Block.paragraph("head"));
        robot.push(KeyCode.BACK_SPACE); // now an ordinary backspace: joins with the paragraph above
        assertThat(harness.document().blocks()).containsExactly(Block.paragraph("item"), Block.paragraph("quotehead"));
    }

    @Test
    void undoAndRedoAcrossTextAndFormatting(FxRobot robot) {
        harness.start();
        robot.write("Hello world");
        harness.select(6, 11);
        robot.push(KeyCode.CONTROL, KeyCode.B);
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1);
        Document formatted = new Document(List.of(new Block(BlockType.HEADING, 2, null,
                List.of(TextRun.plain("Hello "), TextRun.of("world", Mark.BOLD)), null)));
        assertThat(harness.document()).isEqualTo(formatted);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(harness.document().blocks().get(0).type()).isEqualTo(BlockType.PARAGRAPH);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph("Hello world")));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(harness.text()).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertThat(harness.text()).isEqualTo("Hello world");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(harness.document()).isEqualTo(formatted);
        assertThat(read(() -> harness.editor.redoAvailableProperty().get())).isFalse();
    }

    @Test
    void revisionGoesUpWithEditsButNotWithLoad(FxRobot robot) {
        harness.load(Document.of(Block.paragraph("x")));
        long before = read(() -> harness.editor.revisionProperty().get());
        harness.load(Document.of(Block.paragraph("y")));
        assertThat(read(() -> harness.editor.revisionProperty().get())).isEqualTo(before);
        assertThat(read(() -> harness.editor.undoAvailableProperty().get())).isFalse();
        robot.write("ab");
        assertThat(read(() -> harness.editor.revisionProperty().get())).isGreaterThanOrEqualTo(before + 2);
    }

    @Test
    void countsFollowTheTextOnceTypingPauses(FxRobot robot) {
        harness.start();
        robot.write("Three small words");
        // the recount is a timer on the FX thread, TextCounts.PAUSE after the last key: on a loaded machine it can
        // come well after that, so wait for it (a count that never follows still fails below)
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> read(() -> harness.editor.characterCountProperty().get()) == 17);
        } catch (TimeoutException e) {
            // the assertions say what was counted instead
        }
        assertThat(read(() -> harness.editor.wordCountProperty().get())).isEqualTo(3);
        assertThat(read(() -> harness.editor.characterCountProperty().get())).isEqualTo(17);
        assertThat(read(() -> harness.editor.caretMarksProperty().get())).isEqualTo(Set.of());
    }
}
