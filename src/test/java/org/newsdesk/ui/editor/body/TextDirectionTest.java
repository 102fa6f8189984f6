package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.fx;
import static org.newsdesk.ui.editor.body.EditorHarness.read;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Paragraph direction: automatic, explicit, cycled with Ctrl+Shift+X, following an Arabic article; block looks in RTL. */
@ExtendWith(ApplicationExtension.class)
class TextDirectionTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
    }

    private Direction shown(int paragraph) {
        return read(() -> harness.editor.area().resolvedDirection(paragraph));
    }

    private TextFlow flow(int paragraph) {
        return read(() -> RightToLeft.flowOf(harness.editor.area(), paragraph).orElseThrow());
    }

    @Test
    void anArabicArticleStartsItsParagraphsRightToLeft(FxRobot robot) {
        fx(() -> harness.editor.languageProperty().set(Language.of("ar")));
        harness.start();
        assertThat(shown(0)).isEqualTo(Direction.RTL);
        assertThat(read(() -> flow(0).getStyleClass())).contains("rtl");
        robot.write("Reuters");
        assertThat(shown(0)).as("automatic: English text reads left to right").isEqualTo(Direction.LTR);
        robot.push(KeyCode.ENTER);
        assertThat(shown(1)).as("the new paragraph").isEqualTo(Direction.RTL);
        robot.write("مرحبا 2026");
        assertThat(shown(1)).isEqualTo(Direction.RTL);
        assertThat(harness.document().blocks()).allMatch(b -> b.direction() == Direction.AUTO);

        fx(() -> harness.editor.languageProperty().set(Language.ENGLISH));
        harness.load(Document.of(Block.paragraph(""), Block.paragraph("٢٠٢٦")));
        assertThat(shown(0)).isEqualTo(Direction.LTR);
        fx(() -> harness.editor.languageProperty().set(Language.of("ar")));
        assertThat(read(() -> flow(0).getStyleClass())).as("switching the language restyles what is shown").contains("rtl");
        assertThat(read(() -> flow(1).getStyleClass())).contains("rtl");
    }

    @Test
    void ctrlShiftXCyclesAutomaticRightToLeftLeftToRight(FxRobot robot) {
        harness.load(Document.of(Block.paragraph("English words"), Block.paragraph("كلمات عربية")));
        harness.caretTo(3);
        assertThat(read(() -> harness.editor.caretDirectionProperty().get())).isEqualTo(Direction.AUTO);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        assertThat(read(() -> harness.editor.caretDirectionProperty().get())).isEqualTo(Direction.RTL);
        assertThat(shown(0)).isEqualTo(Direction.RTL);
        assertThat(read(() -> flow(0).getStyleClass())).contains("rtl");
        Bounds english = read(() -> wordOnScreen("English"));
        Bounds box = read(() -> flow(0).localToScreen(flow(0).getLayoutBounds()));
        assertThat(box.getMaxX() - english.getMaxX()).as("right-aligned, English read after 'words'")
                .isGreaterThan(box.getMaxX() - read(() -> wordOnScreen("words")).getMaxX());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        assertThat(read(() -> harness.editor.caretDirectionProperty().get())).isEqualTo(Direction.LTR);
        assertThat(harness.document().blocks().get(0).direction()).isEqualTo(Direction.LTR);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        assertThat(harness.document().blocks().get(0).direction()).isEqualTo(Direction.AUTO);
        assertThat(read(() -> flow(0).getStyleClass())).contains("ltr");
        harness.caretTo(16);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        assertThat(shown(1)).as("an Arabic paragraph set left to right").isEqualTo(Direction.LTR);
    }

    private Bounds wordOnScreen(String word) {
        return DrawnWords.onScreen(harness.editor.area(), word).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no " + word));
    }

    @Test
    void formattingInRightToLeftParagraphs(FxRobot robot) {
        harness.load(Document.of(Block.paragraph("افتتح برنامج مدارس التراث"), Block.bullet(0, "ترميم المخطوطات"),
                Block.numbered(0, "الخط العربي"), Block.quote("كل مخطوطة ننقذها صوت يبقى حيا."),
                Block.paragraph("عنوان الفقرة")));
        harness.select(6, 12);
        robot.push(KeyCode.CONTROL, KeyCode.B);
        harness.select(13, 18);
        fx(() -> harness.editor.setLink("https://example.org"));
        harness.caretTo(read(() -> harness.editor.area().paragraphStart(4)) + 2);
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1);
        Document doc = harness.document();
        assertThat(doc.blocks().get(0).runs()).containsExactly(TextRun.plain("افتتح "),
                TextRun.of("برنامج", Mark.BOLD), TextRun.plain(" "), TextRun.link("مدارس", "https://example.org"),
                TextRun.plain(" التراث"));
        assertThat(doc.blocks().get(4).type()).isEqualTo(BlockType.HEADING);

        for (int p = 0; p < 5; p++) {
            assertThat(shown(p)).isEqualTo(Direction.RTL);
        }
        // list markers sit on the right of their text
        for (String first : List.of("ترميم", "الخط")) {
            Bounds word = read(() -> wordOnScreen(first));
            Bounds marker = read(() -> harness.editor.area().lookupAll(".list-marker").stream()
                    .map(n -> n.localToScreen(n.getBoundsInLocal()))
                    .filter(b -> Math.abs(b.getCenterY() - word.getCenterY()) < 12).findFirst().orElseThrow());
            assertThat(marker.getMinX()).as("marker of " + first).isGreaterThan(word.getMaxX());
        }
        // the quote bar is on the right
        TextFlow quote = flow(3);
        assertThat(read(() -> quote.getBorder().getStrokes().get(0).getWidths().getRight())).isEqualTo(3.0);
        assertThat(read(() -> quote.getBorder().getStrokes().get(0).getWidths().getLeft())).isZero();
        // the heading is right-aligned like the paragraphs
        Bounds heading = read(() -> wordOnScreen("عنوان"));
        Bounds paragraph = read(() -> wordOnScreen("افتتح"));
        assertThat(Math.abs(heading.getMaxX() - paragraph.getMaxX())).isLessThan(2.0);
    }
}
