package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.read;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.fxmisc.richtext.CaretNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Caret, selection, clicks and arrow keys in an Arabic paragraph. The words' own Text nodes are where JavaFX
 * really drew them, so they are the yardstick for where RichTextFX's caret and selection must appear.
 */
@ExtendWith(ApplicationExtension.class)
class RightToLeftEditingTest {

    private static final String ARABIC = "افتتح برنامج مدارس التراث موسمه الثالث هذا الأسبوع في طنجة، بمشاركة طلاب من "
            + "اثني عشر بلدا. التسجيل مفتوح حتى نهاية الشهر.";
    private EditorHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = new EditorHarness(stage);
    }

    private Bounds wordOnScreen(String word) {
        return read(() -> DrawnWords.onScreen(harness.editor.area(), word).get(0));
    }

    private Bounds shapeOnScreen(Class<? extends Path> kind) {
        return read(() -> {
            for (Node n : harness.editor.area().lookupAll("*")) {
                if (kind.isInstance(n) && n.isVisible() && !((Path) n).getElements().isEmpty()) {
                    return n.localToScreen(n.getBoundsInLocal());
                }
            }
            throw new AssertionError("no " + kind.getSimpleName());
        });
    }

    @Test
    void caretAndSelectionAreDrawnOverTheWordsTheyMean() throws Exception {
        harness.load(Document.of(Block.paragraph(ARABIC), Block.paragraph("English line")));
        Bounds word = wordOnScreen("برنامج"); // characters 6 to 12
        harness.caretTo(6); // just before the word: on its right edge in Arabic
        Bounds caret = shapeOnScreen(CaretNode.class);
        assertThat(Math.abs(caret.getCenterX() - word.getMaxX())).isLessThan(4.0);
        harness.select(6, 12);
        Bounds selection = shapeOnScreen(org.fxmisc.richtext.SelectionPath.class);
        assertThat(Math.abs(selection.getMinX() - word.getMinX())).isLessThan(4.0);
        assertThat(Math.abs(selection.getMaxX() - word.getMaxX())).isLessThan(4.0);
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", java.nio.file.Path.of("target/rtl-selection.png").toFile());
    }

    @Test
    void clickingAWordPutsTheCaretInIt(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(ARABIC)));
        Bounds word = wordOnScreen("مدارس"); // characters 13 to 18
        robot.clickOn(word.getCenterX(), word.getCenterY());
        assertThat(read(() -> harness.editor.area().getCaretPosition())).isBetween(14, 17);
        robot.clickOn(word.getMaxX() - 1, word.getCenterY());
        assertThat(read(() -> harness.editor.area().getCaretPosition())).isEqualTo(13);
    }

    @Test
    void arrowKeysMoveInReadingOrder(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(ARABIC)));
        harness.caretTo(6);
        robot.push(KeyCode.LEFT);
        assertThat(read(() -> harness.editor.area().getCaretPosition())).isEqualTo(7);
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        assertThat(read(() -> harness.editor.area().getCaretPosition())).isEqualTo(5);
        robot.push(KeyCode.SHIFT, KeyCode.LEFT).push(KeyCode.SHIFT, KeyCode.LEFT);
        assertThat(read(() -> harness.editor.area().getSelectedText())).isEqualTo(" ب");
    }

    @Test
    void homeEndUpAndDown(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(ARABIC + " " + ARABIC), Block.paragraph("English")));
        harness.caretTo(8);
        robot.push(KeyCode.HOME);
        assertThat(read(() -> harness.editor.area().getCaretPosition())).isEqualTo(0);
        robot.push(KeyCode.END);
        int lineEnd = read(() -> harness.editor.area().getCaretPosition());
        assertThat(lineEnd).isBetween(40, ARABIC.length() + 5);
        robot.push(KeyCode.DOWN);
        int below = read(() -> harness.editor.area().getCaretPosition());
        assertThat(below).isGreaterThan(lineEnd);
        robot.push(KeyCode.UP);
        assertThat(read(() -> harness.editor.area().getCaretPosition())).isLessThanOrEqualTo(lineEnd);
    }
}
