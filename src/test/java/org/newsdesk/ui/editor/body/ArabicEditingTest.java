package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.fx;
import static org.newsdesk.ui.editor.body.EditorHarness.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.fxmisc.richtext.CaretNode;
import org.fxmisc.richtext.SelectionPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Arabic editing asserted as offsets: where clicks, keys, double-clicks and drags put the caret and the
 * selection, in a one-line Arabic paragraph, a wrapped one and a mixed Arabic/English one. Where JavaFX really drew
 * each word ({@link DrawnWords}: the Text nodes, one per Arabic word and its spaces, see {@link WordSegmentOps}) is
 * the yardstick for where things must land.
 */
@ExtendWith(ApplicationExtension.class)
class ArabicEditingTest {

    /** Four words: افتتح 0-5, برنامج 6-12, مدارس 13-18, التراث 19-25. */
    static final String ONE_LINE = "افتتح برنامج مدارس التراث";
    static final String LONG = "افتتح برنامج مدارس التراث موسمه الثالث هذا الأسبوع في طنجة، بمشاركة طلاب من "
            + "اثني عشر بلدا. التسجيل مفتوح حتى نهاية الشهر وتبدأ الدروس في الأول من الشهر المقبل في مقر "
            + "الجمعية بالمدينة القديمة. ويشارك في التدريب خبراء من مكتبات عريقة يعلمون ترميم الورق وتجليد "
            + "الكتب وصناعة الحبر التقليدي، وتختتم الدورة بمعرض مفتوح للجمهور.";
    /** قال 0-3, John 4-8, Smith 9-14, إن 15-17, 2026 18-22, عام 23-26, مهم. 27-31. */
    static final String MIXED = "قال John Smith إن 2026 عام مهم.";

    private EditorHarness harness;

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private List<Bounds> words(String word) {
        return read(() -> DrawnWords.onScreen(harness.editor.area(), word));
    }

    private Bounds word(String word) {
        List<Bounds> found = words(word);
        assertThat(found).as("Text node for " + word).isNotEmpty();
        return found.get(0);
    }

    private Bounds shape(Class<? extends Path> kind) {
        return read(() -> {
            for (Node n : harness.editor.area().lookupAll("*")) {
                if (kind.isInstance(n) && !((Path) n).getElements().isEmpty() && n.getScene() != null) {
                    return n.localToScreen(n.getBoundsInLocal());
                }
            }
            throw new AssertionError("no " + kind.getSimpleName());
        });
    }

    /** Where the (primary) caret is drawn, on screen. */
    private double caretX() {
        return read(() -> {
            for (Node n : harness.editor.area().lookupAll("*")) {
                if (n instanceof CaretNode c && c.getElements().size() >= 2 && n.getScene() != null
                        && c.getElements().get(0) instanceof javafx.scene.shape.MoveTo m) {
                    return c.localToScreen(m.getX(), m.getY()).getX();
                }
            }
            throw new AssertionError("no caret");
        });
    }

    private int caret() {
        return read(() -> harness.editor.area().getCaretPosition());
    }

    private IndexRange selection() {
        return read(() -> harness.editor.area().getSelection());
    }

    /** A single click: after a click far away, so that clicks close together do not count as a double-click. */
    private void click(FxRobot robot, double x, double y) {
        Bounds area = read(() -> harness.editor.area().localToScreen(harness.editor.area().getBoundsInLocal()));
        robot.moveTo(new javafx.geometry.Point2D(area.getMinX() + 5, area.getMaxY() - 5)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(new javafx.geometry.Point2D(x, y)).clickOn(MouseButton.PRIMARY);
    }

    /** A word of {@link #LONG} as drawn: its text, offset and bounds. */
    record Drawn(String text, int offset, Bounds bounds) {
    }

    /** The words of the first paragraph as drawn, line by line from the top, each line right to left. */
    private List<List<Drawn>> lines() {
        List<Drawn> all = read(() -> DrawnWords.words(RightToLeft.flowOf(harness.editor.area(), 0).orElseThrow())
                .stream().map(w -> new Drawn(w.text(), w.offset(), w.bounds())).toList());
        List<List<Drawn>> lines = new ArrayList<>();
        all.stream().map(d -> Math.round(d.bounds().getMinY())).distinct().sorted().forEach(top -> lines.add(all.stream()
                .filter(d -> Math.round(d.bounds().getMinY()) == top)
                .sorted(Comparator.comparingDouble((Drawn d) -> d.bounds().getMaxX()).reversed()).toList()));
        return lines;
    }

    // ---- clicks --------------------------------------------------------------------------------------------

    @Test
    void clickOnEachWordOfAOneLineParagraph(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(ONE_LINE)));
        int[][] ranges = {{0, 5}, {6, 12}, {13, 18}, {19, 25}};
        String[] names = ONE_LINE.split(" ");
        for (int i = 0; i < names.length; i++) {
            Bounds w = word(names[i]);
            click(robot, w.getMaxX() - 1, w.getCenterY());
            assertThat(caret()).as("right edge of " + names[i]).isEqualTo(ranges[i][0]);
            click(robot, w.getMinX() + 1, w.getCenterY());
            assertThat(caret()).as("left edge of " + names[i]).isEqualTo(ranges[i][1]);
            click(robot, w.getCenterX(), w.getCenterY());
            assertThat(caret()).as("middle of " + names[i]).isStrictlyBetween(ranges[i][0], ranges[i][1]);
        }
    }

    @Test
    void aClickLandsAtTheClickedLetterAndTheCaretIsDrawnThere(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(ONE_LINE)));
        Bounds w = word("برنامج");
        int last = -1;
        for (double x = w.getMaxX() - 1; x > w.getMinX(); x -= 3) {
            click(robot, x, w.getCenterY());
            int at = caret();
            assertThat(at).isBetween(6, 12);
            assertThat(at).as("moving left through the word never goes back").isGreaterThanOrEqualTo(last);
            last = at;
            assertThat(Math.abs(caretX() - x)).as("caret drawn near the click at " + x).isLessThan(7.0);
        }
        assertThat(last).isEqualTo(12);
    }

    @Test
    void clicksOnAWrappedParagraphLandInTheClickedWord(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(LONG), Block.paragraph("English")));
        List<List<Drawn>> lines = lines();
        assertThat(lines).as("the paragraph wraps").hasSizeGreaterThanOrEqualTo(3);
        for (List<Drawn> line : lines) {
            for (Drawn w : List.of(line.get(0), line.get(line.size() / 2), line.get(line.size() - 1))) {
                click(robot, w.bounds().getMaxX(), w.bounds().getCenterY());
                assertThat(caret()).as("right edge of " + w.text()).isEqualTo(w.offset());
                click(robot, w.bounds().getMinX(), w.bounds().getCenterY());
                assertThat(caret()).as("left edge of " + w.text()).isEqualTo(w.offset() + w.text().length());
                if (w.text().length() > 2) {
                    click(robot, w.bounds().getCenterX(), w.bounds().getCenterY());
                    assertThat(caret()).as("middle of " + w.text()).isStrictlyBetween(w.offset(), w.offset() + w.text().length());
                }
            }
        }
    }

    @Test
    void clicksOnAMixedParagraph(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(MIXED)));
        Bounds john = word("John");
        click(robot, john.getMinX() + 1, john.getCenterY());
        // the gap left of "John Smith" belongs to offset 14, before " إن" (BidiCarets); 4 is drawn right of "Smith"
        assertThat(caret()).as("left edge of John").isEqualTo(14);
        click(robot, john.getMaxX() - 1, john.getCenterY());
        assertThat(caret()).as("right edge of John").isEqualTo(8);
        Bounds year = word("2026");
        click(robot, year.getMinX() + 1, year.getCenterY());
        assertThat(caret()).as("left edge of 2026, before ' عام'").isEqualTo(22);
        Bounds qal = word("قال");
        click(robot, qal.getMaxX() - 1, qal.getCenterY());
        assertThat(caret()).as("right edge of قال").isEqualTo(0);
    }

    @Test
    void englishAndNumbersSitInArabicInReadingOrder() {
        harness.load(Document.of(Block.paragraph(MIXED)));
        // Right to left: قال, then "John Smith" (read left to right), إن, 2026, عام, مهم.
        assertThat(word("قال").getMinX()).isGreaterThan(word("Smith").getMaxX());
        assertThat(word("John").getMaxX()).isLessThan(word("Smith").getMinX());
        assertThat(word("Smith").getMinX()).isGreaterThan(word("إن").getMaxX());
        assertThat(word("إن").getMinX()).isGreaterThan(word("2026").getMaxX());
        assertThat(word("2026").getMinX()).isGreaterThan(word("عام").getMaxX());
        assertThat(word("عام").getMinX()).isGreaterThan(word("مهم.").getMaxX());
    }

    @Test
    void sentenceFinalPunctuationSitsAtTheLeftEndOfAnArabicSentence() {
        harness.load(Document.of(Block.paragraph(MIXED)));
        List<RightToLeft.Stop> stops = read(() -> RightToLeft.stops(
                RightToLeft.flowOf(harness.editor.area(), 0).orElseThrow(), MIXED.length()));
        int period = MIXED.length() - 1;
        assertThat(stops.get(period).x()).as("before the final '.' is left of the word it ends")
                .isLessThan(stops.get(period - 3).x());
        assertThat(stops.get(MIXED.length()).x()).as("the end of the line, after the '.', is its leftmost point")
                .isLessThanOrEqualTo(stops.stream().mapToDouble(RightToLeft.Stop::x).min().orElseThrow());
    }

    @Test
    void anArabicQuotationInsideEnglishReadsRightToLeftAndTakesClicks(FxRobot robot) {
        String english = "The minister said «مرحبا بالعالم» today.";
        harness.load(Document.of(Block.paragraph(english)));
        Bounds quote = word("«مرحبا"); // a Text holding « and an Arabic word is drawn in two places: use the carets
        Bounds rest = word("بالعالم»");
        // each character's leading edge as drawn (a caret stop at a direction boundary sits at one end only)
        List<RightToLeft.Stop> stops = read(() -> RightToLeft.glyphs(
                RightToLeft.flowOf(harness.editor.area(), 0).orElseThrow(), english.length()).stream()
                .map(g -> new RightToLeft.Stop(g.index(), g.leading(), g.line().top(), g.line().bottom())).toList());
        int open = english.indexOf('«');
        int first = open + 1;
        int second = english.indexOf("بالعالم");
        int close = english.indexOf('»');
        assertThat(stops.get(first).x()).as("the quotation's first word is on its right").isGreaterThan(stops.get(second).x());
        assertThat(stops.get(open).x()).as("« opens on the left").isLessThan(stops.get(second).x());
        assertThat(stops.get(close + 1).x()).as("» closes after the quotation").isGreaterThan(stops.get(first).x());
        assertThat(word("said").getMaxX()).isLessThan(stops.get(open).x() + 1);
        assertThat(word("today.").getMinX()).isGreaterThan(stops.get(close).x() - 1);
        int start = english.indexOf("مرحبا");
        click(robot, (stops.get(start).x() + stops.get(start + 5).x()) / 2, quote.getCenterY());
        assertThat(caret()).isStrictlyBetween(start, start + 5);
        double middle = (stops.get(second).x() + stops.get(second + 7).x()) / 2;
        robot.moveTo(new javafx.geometry.Point2D(middle, rest.getCenterY())).doubleClickOn(MouseButton.PRIMARY);
        assertThat(read(() -> harness.editor.area().getSelectedText())).contains("بالعالم");
    }

    // ---- keys ----------------------------------------------------------------------------------------------

    @Test
    void arrowsHomeAndEndOnOneLine(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(ONE_LINE)));
        harness.caretTo(8);
        robot.push(KeyCode.LEFT);
        assertThat(caret()).isEqualTo(9);
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        assertThat(caret()).isEqualTo(7);
        robot.push(KeyCode.HOME);
        assertThat(caret()).isEqualTo(0);
        robot.push(KeyCode.END);
        assertThat(caret()).isEqualTo(ONE_LINE.length());
        robot.push(KeyCode.LEFT);
        assertThat(caret()).as("left at the end of the only line stays").isEqualTo(ONE_LINE.length());
    }

    @Test
    void shiftExtendsTheSelectionWithEveryKey(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(ONE_LINE)));
        harness.caretTo(8);
        robot.push(KeyCode.SHIFT, KeyCode.LEFT).push(KeyCode.SHIFT, KeyCode.LEFT);
        assertThat(selection()).isEqualTo(new IndexRange(8, 10));
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        assertThat(selection()).isEqualTo(new IndexRange(8, 9));
        robot.push(KeyCode.SHIFT, KeyCode.HOME);
        assertThat(selection()).isEqualTo(new IndexRange(0, 8));
        robot.push(KeyCode.SHIFT, KeyCode.END);
        assertThat(selection()).isEqualTo(new IndexRange(8, ONE_LINE.length()));
        robot.push(KeyCode.LEFT);
        assertThat(caret()).as("left collapses to the selection's left edge").isEqualTo(ONE_LINE.length());
        harness.select(8, 13);
        robot.push(KeyCode.RIGHT);
        assertThat(caret()).as("right collapses to the selection's right edge").isEqualTo(8);
    }

    @Test
    void homeEndUpAndDownOnAWrappedParagraph(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(LONG), Block.paragraph("English")));
        List<Drawn> second = lines().get(1);
        Drawn first = second.get(0);
        Drawn last = second.get(second.size() - 1);
        int lineStart = first.offset();
        int lineEnd = last.offset() + last.text().length();
        assertThat(LONG.charAt(lineStart - 1)).isEqualTo(' ');
        harness.caretTo(second.get(1).offset() + 1);
        robot.push(KeyCode.HOME);
        assertThat(caret()).as("home: the line's start").isEqualTo(lineStart);
        assertThat(Math.abs(caretX() - first.bounds().getMaxX())).as("home is on the right").isLessThan(2.0);
        robot.push(KeyCode.END);
        assertThat(caret()).as("end: before the space the line breaks at").isEqualTo(lineEnd);
        assertThat(Math.abs(caretX() - last.bounds().getMinX())).as("end is on the left").isLessThan(2.0);
        robot.push(KeyCode.SHIFT, KeyCode.HOME);
        assertThat(selection()).isEqualTo(new IndexRange(lineStart, lineEnd));

        Drawn middle = second.get(second.size() / 2);
        harness.caretTo(middle.offset() + 1);
        double x = caretX();
        robot.push(KeyCode.DOWN);
        assertThat(caret()).as("down: on the third line").isGreaterThan(lineEnd);
        assertThat(Math.abs(caretX() - x)).as("down keeps the column").isLessThan(10.0);
        robot.push(KeyCode.UP);
        assertThat(Math.abs(caret() - (middle.offset() + 1))).as("up comes back").isLessThanOrEqualTo(1);
        robot.push(KeyCode.UP);
        assertThat(caret()).as("up: on the first line").isLessThan(lineStart);
        int from = caret();
        robot.push(KeyCode.SHIFT, KeyCode.DOWN);
        assertThat(selection().getStart()).isEqualTo(from);
        assertThat(selection().getEnd()).isBetween(lineStart, lineEnd);
        harness.caretTo(last.offset() + 1);
        robot.push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.DOWN);
        assertThat(caret()).as("down from the last line goes into the next paragraph").isGreaterThan(LONG.length());
    }

    @Test
    void arrowsMoveVisuallyThroughEnglishInsideArabic(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(MIXED)));
        harness.caretTo(1);
        robot.push(KeyCode.LEFT).push(KeyCode.LEFT);
        assertThat(caret()).isEqualTo(3);
        double before = caretX();
        robot.push(KeyCode.LEFT);
        assertThat(caretX()).as("left always moves left on screen").isLessThan(before);
        List<Integer> seen = new ArrayList<>();
        double x = caretX();
        for (int i = 0; i < 12; i++) {
            robot.push(KeyCode.LEFT);
            assertThat(caretX()).as("step " + i + " at " + caret()).isLessThanOrEqualTo(x + 1);
            x = caretX();
            seen.add(caret());
        }
        assertThat(seen).as("passes every position inside John Smith: " + seen).contains(5, 6, 7, 10, 11, 12);
        for (int i = 0; i < 40; i++) {
            robot.push(KeyCode.RIGHT);
        }
        assertThat(caret()).as("right goes back to the start of the line").isEqualTo(0);
    }

    @Test
    void homeAndEndOnAMixedLine(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(MIXED)));
        harness.caretTo(6);
        robot.push(KeyCode.HOME);
        assertThat(caret()).isEqualTo(0);
        robot.push(KeyCode.END);
        assertThat(caret()).isEqualTo(MIXED.length());
        assertThat(caretX()).isLessThan(word("مهم.").getMinX() + 2);
    }

    // ---- mouse selection -----------------------------------------------------------------------------------

    @Test
    void doubleClickSelectsTheWord(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(ONE_LINE)));
        Bounds w = word("مدارس");
        robot.moveTo(new javafx.geometry.Point2D(w.getCenterX(), w.getCenterY())).doubleClickOn(MouseButton.PRIMARY);
        assertThat(selection()).isEqualTo(new IndexRange(13, 18));
        harness.load(Document.of(Block.paragraph(MIXED)));
        Bounds smith = word("Smith");
        robot.moveTo(new javafx.geometry.Point2D(smith.getCenterX(), smith.getCenterY())).doubleClickOn(MouseButton.PRIMARY);
        assertThat(selection()).isEqualTo(new IndexRange(9, 14));
    }

    @Test
    void dragSelectsExactlyTheGlyphsUnderTheMouse(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(ONE_LINE)));
        Bounds from = word("برنامج");
        Bounds to = word("مدارس");
        robot.drag(new javafx.geometry.Point2D(from.getMaxX() - 1, from.getCenterY()), MouseButton.PRIMARY)
                .dropTo(new javafx.geometry.Point2D(to.getMinX() + 1, to.getCenterY()));
        assertThat(selection()).isEqualTo(new IndexRange(6, 18));
        Bounds highlight = shape(SelectionPath.class);
        assertThat(Math.abs(highlight.getMaxX() - from.getMaxX())).isLessThan(4.0);
        assertThat(Math.abs(highlight.getMinX() - to.getMinX())).isLessThan(4.0);
    }

    @Test
    void dragAcrossLinesOfAWrappedParagraph(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(LONG)));
        List<List<Drawn>> lines = lines();
        Drawn from = lines.get(0).get(2);
        Drawn to = lines.get(1).get(1);
        robot.drag(new javafx.geometry.Point2D(from.bounds().getMaxX() - 1, from.bounds().getCenterY()), MouseButton.PRIMARY)
                .dropTo(new javafx.geometry.Point2D(to.bounds().getMinX() + 1, to.bounds().getCenterY()));
        assertThat(selection()).isEqualTo(new IndexRange(from.offset(), to.offset() + to.text().length()));
    }

    @Test
    void dragInAMixedParagraph(FxRobot robot) {
        harness.load(Document.of(Block.paragraph(MIXED)));
        Bounds john = word("John");
        Bounds smith = word("Smith");
        robot.drag(new javafx.geometry.Point2D(john.getMinX() + 1, john.getCenterY()), MouseButton.PRIMARY)
                .dropTo(new javafx.geometry.Point2D(smith.getMaxX() - 1, smith.getCenterY()));
        assertThat(selection()).isEqualTo(new IndexRange(4, 14));
        Bounds highlight = shape(SelectionPath.class);
        assertThat(Math.abs(highlight.getMinX() - john.getMinX())).isLessThan(4.0);
        assertThat(Math.abs(highlight.getMaxX() - smith.getMaxX())).isLessThan(4.0);
    }

    // ---- typing --------------------------------------------------------------------------------------------

    @Test
    void typingArabicInsertsTheCharactersInOrder(FxRobot robot) {
        harness.start();
        robot.write("سلام عليكم");
        assertThat(harness.text()).isEqualTo("سلام عليكم");
        robot.push(KeyCode.HOME).write("و");
        assertThat(harness.text()).isEqualTo("وسلام عليكم");
        assertThat(caret()).isEqualTo(1);
        fx(() -> { });
    }
}
