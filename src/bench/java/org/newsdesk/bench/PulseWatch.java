package org.newsdesk.bench;

import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.scene.SceneHelper;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Watches one scene's pulses: which pulses had work (CSS or layout pending when the pulse began), which of them
 * handed a frame to the renderer, and when the renderer finished each frame. JavaFX has no public "frame drawn"
 * event; the benchmark runs JavaFX from the class path (the unnamed module), so it uses the toolkit's own per-scene
 * {@link PerformanceTracker}, called on the render thread when a frame is done, and reads the scene's dirty state
 * by reflection. Frames are drawn in the order the pulses hand them over, so the n-th frame handed over after
 * {@link #markNow} is the n-th drawn after it. Create, mark and {@link #close} on the FX thread.
 */
final class PulseWatch implements AutoCloseable {

    private static final Field CSS_FLAG = field(Node.class, "cssFlag");
    private static final Field LAYOUT_FLAG = field(Parent.class, "layoutFlag");
    private static final Field DIRTY_NODES = field(Scene.class, "dirtyNodesSize");
    private static final Method DIRTY_EMPTY = method(Scene.class, "isDirtyEmpty");
    private static final int RING = 1 << 12;

    private final Scene scene;
    private final PerformanceTracker tracker;
    private final Runnable beforeLayout = this::beforeLayout;
    private final Runnable afterLayout = this::afterLayout;
    private final long[] drawnAt = new long[RING];
    private final AtomicInteger drawn = new AtomicInteger();
    private final AtomicInteger handedOver = new AtomicInteger();
    private final AtomicInteger workPulses = new AtomicInteger();
    private volatile long lastWorkEnd;
    private volatile long lastDrawn;
    private volatile long mark = Long.MAX_VALUE;
    private volatile long firstWorkAfterMark;
    private volatile int handedOverAtMark;
    private volatile int offset;
    private boolean pending;

    PulseWatch(Scene scene) {
        this.scene = scene;
        this.tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> {
            long now = System.nanoTime();
            drawnAt[drawn.get() & (RING - 1)] = now;
            drawn.incrementAndGet();
            lastDrawn = now;
        });
        scene.addPreLayoutPulseListener(beforeLayout);
        scene.addPostLayoutPulseListener(afterLayout);
    }

    private void beforeLayout() {
        pending = layoutOrCssPending(scene);
        long now = System.nanoTime();
        if (pending && firstWorkAfterMark == 0 && now > mark) {
            firstWorkAfterMark = now;
        }
    }

    private void afterLayout() {
        if (pending) {
            lastWorkEnd = System.nanoTime();
            workPulses.incrementAndGet();
        }
        if (toDraw(scene)) {
            handedOver.incrementAndGet();
        }
    }

    private static boolean layoutOrCssPending(Scene scene) {
        try {
            Parent root = scene.getRoot();
            return !"CLEAN".equals(((Enum<?>) CSS_FLAG.get(root)).name())
                    || !"CLEAN".equals(((Enum<?>) LAYOUT_FLAG.get(root)).name());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What JavaFX checks after the layout pass to decide whether the pulse hands a frame to the renderer. */
    private static boolean toDraw(Scene scene) {
        try {
            return DIRTY_NODES.getInt(scene) > 0 || !(Boolean) DIRTY_EMPTY.invoke(scene);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the scene has CSS, layout or drawing pending; waits for the frame being drawn. FX thread only. */
    boolean dirty() {
        awaitDrawn();
        return layoutOrCssPending(scene) || toDraw(scene);
    }

    /** Waits (on the FX thread, between pulses) for the frame being drawn, if any, to be done. */
    void awaitDrawn() {
        SceneHelper.getPeer(scene).waitForRenderingToComplete();
    }

    /** Lines frames up with the pulses that made them: call on the FX thread, once nothing is being drawn. */
    void align() {
        awaitDrawn();
        offset = drawn.get() - handedOver.get();
    }

    /** From now (on the FX thread), count frames and remember when the first pulse with work begins. */
    void markNow() {
        firstWorkAfterMark = 0;
        handedOverAtMark = handedOver.get();
        mark = System.nanoTime();
    }

    long firstWorkAfterMark() {
        return firstWorkAfterMark;
    }

    /** Frames handed over to the renderer since {@link #markNow}. */
    int framesSinceMark() {
        return handedOver.get() - handedOverAtMark;
    }

    /** When the last frame handed over since {@link #markNow} was drawn; 0 if none was or it is not drawn yet. */
    long lastFrameSinceMarkDrawn() {
        int last = handedOver.get() - 1 + offset;
        return framesSinceMark() == 0 || drawn.get() <= last ? 0 : drawnAt[last & (RING - 1)];
    }

    int workPulses() {
        return workPulses.get();
    }

    /** When the scene last did anything: a frame drawn or the end of a pulse with work. */
    long lastActivity() {
        return Math.max(lastDrawn, lastWorkEnd);
    }

    @Override
    public void close() {
        tracker.setOnRenderedFrameTask(null);
        PerformanceTracker.releaseSceneTracker(scene);
        scene.removePreLayoutPulseListener(beforeLayout);
        scene.removePostLayoutPulseListener(afterLayout);
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX internals changed: " + type.getSimpleName() + "." + name, e);
        }
    }

    private static Method method(Class<?> type, String name) {
        try {
            Method m = type.getDeclaredMethod(name);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX internals changed: " + type.getSimpleName() + "." + name, e);
        }
    }
}
