package org.newsdesk.bench;

import java.lang.management.ManagementFactory;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * What one keystroke costs the FX thread, measured synchronously: the key event, the edit, everything the editor
 * does on it, then the CSS and layout passes forced at once (what the next pulse would do). Wall time, the FX
 * thread's CPU time (which a busy machine does not inflate) and the bytes it allocated. Run on the FX thread.
 */
final class KeystrokeCost {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Per-key figures of one run, in nanoseconds and bytes. */
    record Run(Latencies wall, Latencies cpu, long allocatedBytes, int keys) {
        double allocatedMbPerKey() {
            return allocatedBytes / 1e6 / keys;
        }
    }

    private KeystrokeCost() {
    }

    /** Types {@code keys} characters at {@code position} (every sixth a space) as KEY_TYPED events. */
    static Run type(Scene scene, GenericStyledArea<?, ?, ?> area, int position, char typed, int keys) {
        area.moveTo(position);
        area.requestFollowCaret();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Latencies wall = new Latencies();
        Latencies cpu = new Latencies();
        long allocated = 0;
        for (int i = 0; i < keys; i++) {
            KeyEvent key = keyTyped(i, typed);
            long bytes = THREADS.getCurrentThreadAllocatedBytes();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Event.fireEvent(area, key);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            wall.add(System.nanoTime() - start);
            cpu.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
            allocated += THREADS.getCurrentThreadAllocatedBytes() - bytes;
        }
        return new Run(wall, cpu, allocated, keys);
    }

    static KeyEvent keyTyped(int index, char typed) {
        return new KeyEvent(KeyEvent.KEY_TYPED, index % 6 == 5 ? " " : String.valueOf(typed), "", KeyCode.UNDEFINED,
                false, false, false, false);
    }
}
