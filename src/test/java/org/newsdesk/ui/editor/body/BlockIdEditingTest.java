package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Block ids through editing: translations find their blocks again after typing, splits and pastes. */
@ExtendWith(ApplicationExtension.class)
class BlockIdEditingTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
    }

    @Test
    void typingKeepsTheIdAndASplitGivesTheSecondHalfANewOne(FxRobot robot) {
        Document loaded = Document.of(Block.paragraph("First paragraph here"), Block.paragraph("Second"));
        harness.load(loaded);
        List<String> ids = loaded.blockIds();

        harness.caretTo(5);
        robot.write(" typed");
        assertThat(harness.document().blockIds()).isEqualTo(ids);

        harness.caretTo(11);                      // "First typed| paragraph here"
        robot.push(KeyCode.ENTER);
        List<String> split = harness.document().blockIds();
        assertThat(harness.document().blocks()).extracting(Block::text)
                .containsExactly("First typed", " paragraph here", "Second");
        assertThat(split.get(0)).isEqualTo(ids.get(0));
        assertThat(split.get(2)).isEqualTo(ids.get(1));
        assertThat(split.get(1)).isNotIn(ids);
        assertThat(harness.document().blockIds()).isEqualTo(split); // the same content keeps the same ids
    }

    @Test
    void aPastedCopyOfAParagraphGetsAnIdOfItsOwn(FxRobot robot) {
        Document loaded = Document.of(Block.paragraph("Copy me"), Block.paragraph("End"));
        harness.load(loaded);
        harness.select(0, 8);                      // "Copy me" and its paragraph break
        robot.push(KeyCode.CONTROL, KeyCode.C);
        harness.caretTo(11);                       // the end of "End"
        robot.push(KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.V);

        Document pasted = harness.document();
        assertThat(pasted.blocks()).extracting(Block::text).contains("Copy me", "End");
        assertThat(pasted.blockIds()).doesNotHaveDuplicates();
        assertThat(pasted.blockIds().subList(0, 2)).isEqualTo(loaded.blockIds());
    }
}
