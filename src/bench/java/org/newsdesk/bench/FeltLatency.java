package org.newsdesk.bench;

import java.lang.management.ManagementFactory;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;
import javafx.event.Event;

/**
 * What a person waits for after a key: from the moment the key event is queued for the FX thread until the last
 * frame it causes is drawn and the scene has settled (no CSS, layout or drawing pending). That counts the wait for
 * the next pulse (keys arrive at a random moment of the 60 Hz pulse cycle, as a person types), the handler, every
 * pulse that draws something because of the key (a second one when something asks for another layout with
 * {@code runLater} and it moves what is shown) and the rendering of each frame. A pulse that only lays out again
 * and draws nothing is counted apart: JavaFX runs one after any control changes size (a Label's new text does),
 * and nobody sees it. Run from a thread other than the FX thread.
 */
final class FeltLatency {

    /** The pulse period of the toolkit (Monocle runs pulses at a fixed 60 Hz). */
    static final long PULSE_NANOS = 1_000_000_000L / 60;
    /** Quiet time after the last frame or pulse with work before the scene is checked for pending work. */
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(25);
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(20);
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /**
     * Per-key figures of one run: latency (queued → last frame drawn), the editor's share of it (first pulse with
     * work → last frame drawn), the frames each key drew, the pulses with work it took (drawn or not), and the
     * bytes the FX thread allocated in between.
     */
    record Run(Latencies latency, Latencies afterPulse, int[] pulses, int[] workPulses, long allocatedBytes) {
        int keys() {
            return pulses.length;
        }

        double allocatedMbPerKey() {
            return allocatedBytes / 1e6 / keys();
        }

        /** The p-th percentile of the frames drawn per key. */
        int pulsesAt(double p) {
            return percentile(pulses, p);
        }

        /** The p-th percentile of the pulses with work (CSS, layout or drawing) per key. */
        int workPulsesAt(double p) {
            return percentile(workPulses, p);
        }

        private static int percentile(int[] values, double p) {
            int[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1))];
        }

        double shareInOnePulse() {
            return java.util.Arrays.stream(pulses).filter(p -> p <= 1).count() / (double) keys();
        }
    }

    private FeltLatency() {
    }

    static Run type(EditorWindow window, int position, char typed, int keys, Random random) throws Exception {
        long fxThread = onFx(() -> Thread.currentThread().getId());
        PulseWatch watch = onFx(() -> new PulseWatch(window.scene));
        try {
            onFx(() -> {
                if (window.area != null) {
                    window.area.moveTo(position);
                    window.area.requestFollowCaret();
                }
                return null;
            });
            settle(watch, System.nanoTime(), false);
            onFx(() -> {
                watch.align();
                return null;
            });
            Latencies latency = new Latencies();
            Latencies afterPulse = new Latencies();
            int[] pulses = new int[keys];
            int[] workPulses = new int[keys];
            long allocated = 0;
            for (int i = 0; i < keys; i++) {
                LockSupport.parkNanos((long) (random.nextDouble() * PULSE_NANOS)); // a random moment of the cycle
                int work = watch.workPulses();
                long bytes = THREADS.getThreadAllocatedBytes(fxThread);
                int index = i;
                long queued = System.nanoTime();
                Platform.runLater(() -> {
                    press(window, index, typed);
                    watch.markNow();
                });
                long drawn = settle(watch, queued, true);
                allocated += THREADS.getThreadAllocatedBytes(fxThread) - bytes;
                latency.add(drawn - queued);
                long firstPulse = watch.firstWorkAfterMark();
                afterPulse.add(firstPulse == 0 ? 0 : Math.max(0, drawn - firstPulse));
                pulses[i] = watch.framesSinceMark();
                workPulses[i] = watch.workPulses() - work;
            }
            return new Run(latency, afterPulse, pulses, workPulses, allocated);
        } finally {
            onFx(() -> {
                watch.close();
                return null;
            });
        }
    }

    private static void press(EditorWindow window, int index, char typed) {
        if (window.area != null) {
            Event.fireEvent(window.area, KeystrokeCost.keyTyped(index, typed));
        } else {
            window.label.setText(window.label.getText() + (index % 6 == 5 ? " " : String.valueOf(typed)));
        }
    }

    /**
     * Waits until the frames the key caused are drawn (if {@code key}), nothing has happened for
     * {@link #QUIET_NANOS}, and the FX thread (having run whatever was queued before the check) finds no work
     * pending; returns when the key's last frame was drawn.
     */
    private static long settle(PulseWatch watch, long since, boolean key) throws Exception {
        while (true) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            long now = System.nanoTime();
            if (now - since > GIVE_UP_NANOS) {
                throw new IllegalStateException("the scene never settled");
            }
            long last = watch.lastActivity();
            long drawn = watch.lastFrameSinceMarkDrawn();
            if ((drawn != 0 || !key) && now - Math.max(last, since) >= QUIET_NANOS && !onFx(watch::dirty)
                    && watch.lastActivity() == last) {
                return watch.lastFrameSinceMarkDrawn();
            }
        }
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }
}
