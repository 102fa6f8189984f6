package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What one keystroke costs on the FX thread in a long article (300 paragraphs of 80 words, the caret in one of
 * them): the key event, the edit, the toolbar state, CSS and the relayout of the changed paragraph. Prints the
 * figures; the bound is loose because the machines running it are shared and render in software.
 */
@ExtendWith(ApplicationExtension.class)
class KeystrokeCostTest {

    private static final int KEYS = 200;
    private static final int WARM_UP = 20;

    private EditorHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = new EditorHarness(stage);
    }

    @Test
    void typingInALongArticleStaysCheap() {
        String words = "The festival opened this week in Tangier with forty workshops for students from twelve countries. ";
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            blocks.add(i % 10 == 5 ? Block.bullet(0, words) : Block.paragraph(words.repeat(5)));
        }
        harness.load(new Document(blocks));
        harness.caretTo(harness.text().length() / 2);
        EditorHarness.fx(() -> harness.editor.area().requestFollowCaret());
        long[] total = new long[KEYS];
        long[] edit = new long[KEYS];
        EditorHarness.fx(() -> {
            for (int i = 0; i < KEYS; i++) {
                long start = System.nanoTime();
                Event.fireEvent(harness.editor.area(), new KeyEvent(KeyEvent.KEY_TYPED, i % 6 == 5 ? " " : "x", "",
                        KeyCode.UNDEFINED, false, false, false, false));
                edit[i] = System.nanoTime() - start;
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                total[i] = System.nanoTime() - start;
            }
        });
        double median = percentile(total, 0.5);
        System.out.printf("Keystroke in a 300-paragraph article: median %.1f ms (edit %.1f ms, CSS and layout the rest),"
                + " 95th percentile %.1f ms%n", median, percentile(edit, 0.5), percentile(total, 0.95));
        assertThat(median).isLessThan(50);
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = Arrays.stream(nanos).skip(WARM_UP).sorted().toArray();
        return sorted[(int) Math.min(sorted.length - 1, sorted.length * p)] / 1e6;
    }
}
