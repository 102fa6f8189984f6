package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.read;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.MoveTo;
import javafx.stage.Stage;
import org.fxmisc.richtext.CaretNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The caret where directions meet (BidiCarets' rule: an offset between two runs is drawn beside the run of the
 * lower embedding level), word moves with Ctrl, and a one-line Arabic heading at the editor's right edge.
 * Driven with the robot, asserted as offsets.
 */
@ExtendWith(ApplicationExtension.class)
class BidiBoundaryTest {

    /** قال 0-3, John 4-8, Smith 9-14, إن 15-17, 2026 18-22, عام 23-26, مهم. 27-31. */
    private static final String MIXED = ArabicEditingTest.MIXED;
    /** « at 18, مرحبا 19-24, بالعالم 25-32, » at 32. */
    private static final String QUOTED = "The minister said «مرحبا بالعالم» today.";

    private EditorHarness harness;

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
    }

    private int caret() {
        return read(() -> harness.editor.area().getCaretPosition());
    }

    private IndexRange selection() {
        return read(() -> harness.editor.area().getSelection());
    }

    private double caretX() {
        return read(() -> {
            for (Node n : harness.editor.area().lookupAll("*")) {
                if (n instanceof CaretNode c && c.getElements().size() >= 2 && n.getScene() != null
                        && c.getElements().get(0) instanceof MoveTo m) {
                    return c.localToScreen(m.getX(), m.getY()).getX();
                }
            }
            throw new AssertionError("no caret");
        });
    }

    private Bounds word(String word) {
        return read(() -> DrawnWords.onScreen(harness.editor.area(), word).get(0));
    }

    /** Presses {@code key} {@code times} times; the offsets after each press, each checked to move on screen. */
    private List<Integer> press(FxRobot robot, KeyCode key, int times) {
        List<Integer> seen = new ArrayList<>();
        double x = caretX();
        for (int i = 0; i < times; i++) {
            robot.push(key);
            double now = caretX();
            if (key == KeyCode.LEFT) {
                assertThat(now).as("press " + i + " to " + caret() + " moves left").isLessThan(x - 1);
            } else {
                assertThat(now).as("press " + i + " to " + caret() + " moves right").isGreaterThan(x + 1);
            }
            x = now;
            seen.add(caret());
        }
        return seen;
    }

    private static List<Integer> range(int from, int to) { // inclusive, either way
        List<Integer> out = new ArrayList<>();
        for (int i = from; from <= to ? i <= to : i >= to; i += from <= to ? 1 : -1) {
            out.add(i);
        }
        return out;
    }

    @SafeVarargs
    private static List<Integer> concat(List<Integer>... parts) {
        List<Integer> out = new ArrayList<>();
        for (List<Integer> p : parts) {
            out.addAll(p);
        }
        return out;
    }

    // ---- 1. every offset, one character per press ----------------------------------------------------------

    @Test
    void arrowsReachEveryOffsetOfAMixedArabicLineOneCharacterAPress(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(MIXED)));
        harness.caretTo(0);
        // right to left on screen: قال and its space, "John Smith" from its right end, إن, 2026 from its right end…
        List<Integer> leftwards = concat(range(1, 4), range(13, 5), range(14, 18), range(21, 19), range(22, 31));
        assertThat(press(robot, KeyCode.LEFT, leftwards.size())).isEqualTo(leftwards);
        assertThat(leftwards).containsExactlyInAnyOrderElementsOf(range(1, MIXED.length()));
        List<Integer> rightwards = new ArrayList<>(leftwards.subList(0, leftwards.size() - 1));
        java.util.Collections.reverse(rightwards);
        rightwards.add(0);
        assertThat(press(robot, KeyCode.RIGHT, rightwards.size())).isEqualTo(rightwards);
    }

    @Test
    void theCaretIsDrawnInTheGapItsOffsetBelongsTo(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(MIXED)));
        harness.caretTo(4); // after "قال ": the right end of "John Smith"
        assertThat(Math.abs(caretX() - word("Smith").getMaxX())).isLessThan(2.0);
        harness.caretTo(14); // before " إن": the left end of "John Smith"
        assertThat(Math.abs(caretX() - word("John").getMinX())).isLessThan(2.0);
        harness.caretTo(3);
        robot.push(KeyCode.SHIFT, KeyCode.LEFT).push(KeyCode.SHIFT, KeyCode.LEFT);
        assertThat(selection()).as("shift extends one gap a press").isEqualTo(new IndexRange(3, 13));
    }

    @Test
    void theCaretIsDrawnRightAfterMovingBetweenArabicAndEnglishParagraphs() {
        String english = "English words here";
        harness.load(Document.of(Block.paragraph(MIXED), Block.paragraph(english),
                Block.paragraph(ArabicEditingTest.ONE_LINE)));
        int second = MIXED.length() + 1;
        int third = second + english.length() + 1;
        for (int round = 0; round < 2; round++) { // RichTextFX moves one caret node through the paragraphs
            harness.caretTo(14);
            assertThat(Math.abs(caretX() - word("John").getMinX())).as("round " + round).isLessThan(2.0);
            harness.caretTo(second + 8);
            assertThat(Math.abs(caretX() - word("words").getMinX())).as("round " + round).isLessThan(2.0);
            harness.caretTo(third + 6);
            assertThat(Math.abs(caretX() - word("برنامج").getMaxX())).as("round " + round).isLessThan(2.0);
        }
    }

    @Test
    void aClickAtABoundaryPutsTheCaretWhereItWasClicked(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(MIXED)));
        Bounds john = word("John");
        robot.moveTo(new Point2D(john.getMinX() + 1, john.getCenterY())).clickOn(MouseButton.PRIMARY);
        assertThat(caret()).isEqualTo(14);
        assertThat(Math.abs(caretX() - john.getMinX())).isLessThan(2.0);
    }

    @Test
    void arrowsThroughAnArabicQuotationInAnEnglishSentence(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(QUOTED)));
        harness.caretTo(17);
        // left to right on screen: «, the quotation from its left end (its last letter), », " today"
        List<Integer> rightwards = concat(range(18, 19), range(31, 20), range(32, 34));
        assertThat(press(robot, KeyCode.RIGHT, rightwards.size())).isEqualTo(rightwards);
        List<Integer> leftwards = new ArrayList<>(rightwards.subList(0, rightwards.size() - 1));
        java.util.Collections.reverse(leftwards);
        leftwards.add(17);
        assertThat(press(robot, KeyCode.LEFT, leftwards.size())).isEqualTo(leftwards);
    }

    // ---- 2. Ctrl+arrows by words, on screen -----------------------------------------------------------------

    @Test
    void ctrlArrowsMoveByWordsOnScreenInAMixedArabicLine(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(MIXED)));
        harness.caretTo(0);
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.LEFT);
            seen.add(caret());
        }
        // the right end of each word met going left: Smith, John, إن, 2026, عام, مهم., then the line's end
        assertThat(seen).containsExactly(4, 8, 15, 18, 23, 27, 31);
        seen.clear();
        for (int i = 0; i < 7; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
            seen.add(caret());
        }
        assertThat(seen).containsExactly(27, 23, 18, 15, 8, 4, 0);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT).push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT);
        assertThat(selection()).isEqualTo(new IndexRange(0, 8));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.RIGHT);
        assertThat(selection()).isEqualTo(new IndexRange(0, 4));
    }

    @Test
    void ctrlLeftGoesOnReadingInArabic(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(ArabicEditingTest.ONE_LINE), Block.paragraph("English")));
        harness.caretTo(8); // inside برنامج (6-12)
        robot.push(KeyCode.CONTROL, KeyCode.LEFT);
        assertThat(caret()).as("to the next word, مدارس").isEqualTo(13);
        robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
        assertThat(caret()).as("back to the start of برنامج").isEqualTo(6);
        robot.push(KeyCode.CONTROL, KeyCode.RIGHT).push(KeyCode.CONTROL, KeyCode.RIGHT);
        assertThat(caret()).isEqualTo(0);
        harness.caretTo(19);
        robot.push(KeyCode.CONTROL, KeyCode.LEFT);
        assertThat(caret()).as("the paragraph's end").isEqualTo(ArabicEditingTest.ONE_LINE.length());
        robot.push(KeyCode.CONTROL, KeyCode.LEFT);
        assertThat(caret()).as("on into the next paragraph").isEqualTo(ArabicEditingTest.ONE_LINE.length() + 1);
    }

    @Test
    void ctrlArrowsWalkEveryWordOfAWrappedArabicParagraph(FxRobot robot) {
        String text = ArabicEditingTest.LONG;
        harness.load(Document.of(Block.paragraph(text)));
        assertThat(read(() -> harness.editor.area().getParagraphLinesCount(0))).isGreaterThanOrEqualTo(3);
        List<Integer> starts = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i - 1) == ' ' && Character.isLetter(text.charAt(i))) {
                starts.add(i);
            }
        }
        starts.add(text.length());
        harness.caretTo(0);
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            robot.push(KeyCode.CONTROL, KeyCode.LEFT);
            seen.add(caret());
        }
        assertThat(seen).as("every word's start in reading order, over the line breaks").isEqualTo(starts);
        List<Integer> back = new ArrayList<>(starts.subList(0, starts.size() - 1));
        java.util.Collections.reverse(back);
        back.add(0);
        seen.clear();
        for (int i = 0; i < back.size(); i++) {
            robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
            seen.add(caret());
        }
        assertThat(seen).isEqualTo(back);
    }

    @Test
    void ctrlRightInAnEnglishSentenceStopsAtTheQuotationsWordsOnScreen(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(QUOTED)));
        harness.caretTo(13); // before "said"
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
            seen.add(caret());
        }
        // the quotation's left end (after «), the left end of مرحبا, then "today"
        assertThat(seen).containsExactly(19, 24, 34);
    }

    // ---- 3. the heading's first letter -------------------------------------------------------------------

    @Test
    void theFirstLetterOfAnArabicHeadingIsInsideTheVisibleArea(FxRobot robot) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading(2, "مراحل المشروع"));
        for (int i = 0; i < 40; i++) { // enough to show the scroll bar, which narrows the paragraphs
            blocks.add(Block.paragraph("فقرة قصيرة رقم " + i));
        }
        harness.load(Document.of(blocks.toArray(Block[]::new)));
        Bounds[] inkAndView = read(() -> {
            Bounds ink = DrawnWords.ink(harness.editor.area(), "مراحل");
            Node viewport = harness.editor.area().lookupAll("*").stream()
                    .filter(n -> n.getClip() != null && n.getClass().getSimpleName().equals("VirtualFlow"))
                    .findFirst().orElseThrow();
            return new Bounds[] {ink,
                    viewport.localToScreen(viewport.getClip().getBoundsInLocal())};
        });
        assertThat(inkAndView[0].getMaxX()).as("the glyphs' right edge").isLessThanOrEqualTo(inkAndView[1].getMaxX());
        assertThat(inkAndView[0].getMinX()).isGreaterThanOrEqualTo(inkAndView[1].getMinX());
        Bounds first = word("مراحل");
        robot.moveTo(new Point2D(first.getMaxX() - 1, first.getCenterY())).clickOn(MouseButton.PRIMARY);
        assertThat(caret()).as("right edge of the first word").isEqualTo(0);
        robot.moveTo(new Point2D(first.getMinX() + 1, first.getCenterY())).clickOn(MouseButton.PRIMARY);
        assertThat(caret()).as("left edge of the first word").isEqualTo(5);
        Bounds second = word("المشروع");
        robot.moveTo(new Point2D(second.getCenterX(), second.getCenterY())).clickOn(MouseButton.PRIMARY);
        assertThat(caret()).isStrictlyBetween(6, 13);
        robot.push(KeyCode.HOME);
        assertThat(Math.abs(caretX() - first.getMaxX())).as("home is drawn at the heading's right edge").isLessThan(2.0);
    }

    /** List items and quotes have padding on the right (their indent): caret and clicks must still meet the words. */
    @Test
    void caretAndClicksInIndentedArabicBlocks(FxRobot robot) {
        List<Block> blocks = new ArrayList<>(List.of(Block.bullet(0, "ترميم المخطوطات"), Block.numbered(1, "الخط العربي"),
                Block.quote("كل مخطوطة ننقذها")));
        for (int i = 0; i < 40; i++) {
            blocks.add(Block.paragraph("فقرة قصيرة رقم " + i)); // with the scroll bar
        }
        harness.load(Document.of(blocks.toArray(Block[]::new)));
        String[] firsts = {"ترميم", "الخط", "كل"};
        for (int p = 0; p < firsts.length; p++) {
            int start = read(() -> harness.editor.area().paragraphStart(0)) + paragraphStart(p);
            Bounds w = word(firsts[p]);
            harness.caretTo(start);
            assertThat(Math.abs(caretX() - w.getMaxX())).as("caret before " + firsts[p]).isLessThan(2.0);
            robot.moveTo(new Point2D(w.getMaxX() - 1, w.getCenterY())).clickOn(MouseButton.PRIMARY);
            assertThat(caret()).as("right edge of " + firsts[p]).isEqualTo(start);
            robot.moveTo(new Point2D(w.getMinX() + 1, w.getCenterY())).clickOn(MouseButton.PRIMARY);
            assertThat(caret()).as("left edge of " + firsts[p]).isEqualTo(start + firsts[p].length());
            robot.moveTo(new Point2D(50, 50)).clickOn(MouseButton.PRIMARY); // no double-click with the next one
        }
    }

    private int paragraphStart(int paragraph) {
        return read(() -> harness.editor.area().paragraphStart(paragraph));
    }
}
