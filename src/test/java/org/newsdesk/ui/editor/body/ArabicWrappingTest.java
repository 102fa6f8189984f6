package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.fx;
import static org.newsdesk.ui.editor.body.EditorHarness.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Wrapped Arabic paragraphs at every width: no exception while the window is resized, and every line drawn
 * once. JavaFX 21 draws the last line of a wrapped right-to-left flow on every line when one Text node spans a
 * line break (shared/notes/arabic-on-javafx.md); this looks at the pixels of each line to catch that.
 */
@ExtendWith(ApplicationExtension.class)
class ArabicWrappingTest {

    private EditorHarness harness;
    private Stage stage;
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private Thread.UncaughtExceptionHandler previous;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = new EditorHarness(stage);
        previous = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    }

    @AfterEach
    void restoreHandler() {
        fx(() -> Thread.currentThread().setUncaughtExceptionHandler(previous));
    }

    private static Document article() {
        String longer = ArabicEditingTest.LONG + " " + ArabicEditingTest.LONG;
        return Document.of(Block.paragraph(longer), Block.paragraph(ArabicEditingTest.MIXED + " " + ArabicEditingTest.LONG),
                Block.bullet(0, ArabicEditingTest.LONG), Block.quote(ArabicEditingTest.LONG));
    }

    @Test
    void resizingFrom200To1400PixelsNeverThrows() {
        harness.load(article());
        for (int width = 200; width <= 1400; width += 40) {
            int w = width;
            fx(() -> stage.setWidth(w));
            assertThat(read(() -> harness.editor.area().getWidth())).isPositive();
        }
        for (int width = 1400; width >= 200; width -= 120) {
            int w = width;
            fx(() -> stage.setWidth(w));
        }
        assertThat(uncaught).as("exceptions that reached the uncaught handler").isEmpty();
        assertThat(harness.document()).isEqualTo(article());
    }

    @Test
    void everyLineOfAWrappedArabicParagraphIsDrawnOnce() throws Exception {
        harness.load(Document.of(Block.paragraph(ArabicEditingTest.LONG)));
        assertEveryLineDrawnOnce(300, 520, 900);
        assertThat(uncaught).isEmpty();
    }

    @Test
    void aLongEnglishRunInsideAWrappedArabicParagraphIsDrawnOnce() throws Exception {
        String english = "the Director-General of the organisation opened the International Conference on Heritage"
                + " Schools and Traditional Crafts in the presence of many delegations";
        harness.load(Document.of(Block.paragraph("قال " + english + " " + ArabicEditingTest.LONG)));
        assertEveryLineDrawnOnce(300, 420, 520, 700, 900);
        assertThat(uncaught).isEmpty();
    }

    @Test
    void anEnglishParagraphSetRightToLeftIsDrawnOnce() throws Exception {
        String english = "The Director-General of the organisation opened the International Conference on Heritage"
                + " Schools and Traditional Crafts in the presence of many delegations from twelve countries.";
        harness.load(Document.of(Block.paragraph(english + " " + english).withDirection(Direction.RTL)));
        assertEveryLineDrawnOnce(300, 520, 900);
    }

    /** At each width, the first paragraph wraps and no line looks like the next (the bug repeats one line). */
    private void assertEveryLineDrawnOnce(int... widths) throws Exception {
        for (int width : widths) {
            fx(() -> stage.setWidth(width));
            List<int[]> bands = lineBands();
            assertThat(bands).as("lines at width " + width).hasSizeGreaterThanOrEqualTo(2);
            for (int i = 0; i + 1 < bands.size(); i++) {
                assertThat(bands.get(i)).as("line " + i + " and line " + (i + 1) + " at width " + width)
                        .isNotEqualTo(bands.get(i + 1));
            }
        }
    }

    /** For each line of the first paragraph, a fingerprint of its pixels: ink per column. */
    private List<int[]> lineBands() throws Exception {
        TextFlow flow = read(() -> RightToLeft.flowOf(harness.editor.area(), 0).orElseThrow());
        List<Double> lineTops = read(() -> RightToLeft.stops(flow, harness.editor.area().getParagraph(0).length())
                .stream().map(s -> (double) Math.round(s.top())).distinct().sorted().toList());
        double lineHeight = read(() -> RightToLeft.stops(flow, 1).get(0).bottom() - RightToLeft.stops(flow, 1).get(0).top());
        WritableImage image = read(() -> flow.snapshot(null, null));
        Bounds onScreen = read(() -> flow.localToScreen(flow.getLayoutBounds()));
        PixelReader pixels = image.getPixelReader();
        List<int[]> out = new ArrayList<>();
        for (double top : lineTops) {
            int y0 = (int) Math.round(top - onScreen.getMinY());
            int[] ink = new int[(int) image.getWidth()];
            for (int x = 0; x < ink.length; x++) {
                for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y0 + lineHeight); y++) {
                    if (pixels.getColor(x, y).getBrightness() < 0.5) {
                        ink[x]++;
                    }
                }
            }
            out.add(ink);
        }
        return out;
    }
}
