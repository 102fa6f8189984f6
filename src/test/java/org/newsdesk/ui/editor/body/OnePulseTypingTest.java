package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.fx;
import static org.newsdesk.ui.editor.body.EditorHarness.read;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.geometry.Orientation;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every keystroke in a long body is drawn in one pulse: the pulse after the key lays the editor out and hands the
 * renderer one frame, and no second pulse draws the window again (OnePulseLayout; the benchmark measures what that
 * saves). Frames are counted where JavaFX decides to draw: after the layout pass, a scene with dirty nodes or dirty
 * bits is handed to the renderer (read by reflection: the tests run JavaFX from the class path).
 */
@ExtendWith(ApplicationExtension.class)
class OnePulseTypingTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
    }

    @Test
    void eachKeyInALongEnglishBodyIsDrawnInOnePulse(FxRobot robot) throws Exception {
        assertThat(framesPerKey(robot, "The council opened the new heritage school for young people this week",
                "n")).as("frames drawn per key").containsOnly(1);
    }

    @Test
    void eachKeyInALongArabicBodyIsDrawnInOnePulse(FxRobot robot) throws Exception {
        assertThat(framesPerKey(robot, "افتتح المجلس مدرسة التراث الجديدة للشباب هذا الأسبوع في المدينة القديمة",
                "ة")).as("frames drawn per key").containsOnly(1);
    }

    @Test
    void theVerticalScrollBarIsAlwaysThereAndTheHorizontalNever() {
        harness.load(Document.of(Block.paragraph("Short.")));
        List<ScrollBar> bars = read(() -> harness.editor.area().getParent().getChildrenUnmodifiable().stream()
                .filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast).toList());
        assertThat(read(() -> bars.stream().filter(ScrollBar::isVisible).map(ScrollBar::getOrientation).toList()))
                .as("a short body does not reflow when it grows past one screen").containsExactly(Orientation.VERTICAL);
    }

    /** Types {@code typed} ten times in the middle of a 60-paragraph body; the frames each key made JavaFX draw. */
    private List<Integer> framesPerKey(FxRobot robot, String sentence, String typed) throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            blocks.add(Block.paragraph((sentence + " ").repeat(4).strip()));
        }
        harness.load(Document.of(blocks.toArray(Block[]::new)));
        FrameCounter frames = new FrameCounter();
        fx(() -> {
            harness.editor.area().getStylesheets().add(NO_BLINK); // a blinking caret draws frames of its own
            harness.editor.area().moveTo(30, 20);
            harness.editor.area().requestFollowCaret();
            frames.install(harness.editor.area().getScene());
        });
        settle(frames, frames.count.get());
        List<Integer> perKey = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int before = frames.count.get();
            robot.write(typed);
            settle(frames, before + 1);
            perKey.add(frames.count.get() - before);
        }
        assertThat(read(() -> harness.editor.area().getParagraph(30).getText())).contains(typed.repeat(10));
        return perKey;
    }

    /** Waits until at least {@code atLeast} frames were counted and no more came for a quarter of a second. */
    private static void settle(FrameCounter frames, int atLeast) {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int seen = -1;
        while (System.nanoTime() < giveUp) {
            WaitForAsyncUtils.waitForFxEvents();
            int now = frames.count.get();
            if (now == seen && now >= atLeast) {
                return;
            }
            seen = now;
            WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
        }
    }

    private static final String NO_BLINK = "data:text/css;base64," + Base64.getEncoder().encodeToString(
            ".styled-text-area .caret { -rtfx-blink-rate: 0ms; }".getBytes(StandardCharsets.UTF_8));

    /** Counts the pulses that hand the scene to the renderer (JavaFX's own test after the layout pass). */
    private static final class FrameCounter {
        final AtomicInteger count = new AtomicInteger();

        void install(Scene scene) {
            try {
                Field dirtyNodes = Scene.class.getDeclaredField("dirtyNodesSize");
                Method dirtyEmpty = Scene.class.getDeclaredMethod("isDirtyEmpty");
                dirtyNodes.setAccessible(true);
                dirtyEmpty.setAccessible(true);
                scene.addPostLayoutPulseListener(() -> {
                    try {
                        if (dirtyNodes.getInt(scene) > 0 || !(Boolean) dirtyEmpty.invoke(scene)) {
                            count.incrementAndGet();
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("JavaFX internals changed", e);
            }
        }
    }
}
