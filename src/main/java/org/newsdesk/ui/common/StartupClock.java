package org.newsdesk.ui.common;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;

/**
 * Times the start-up from the moment the Java process began, and logs each step ("library open 2.31 s"), so
 * a slow start can be diagnosed from the log file.
 */
public final class StartupClock {
    private static final Logger LOG = Logger.getLogger(StartupClock.class.getName());
    private final long processStart = ManagementFactory.getRuntimeMXBean().getStartTime();

    /** Seconds since the process started. */
    public double seconds() {
        return (System.currentTimeMillis() - processStart) / 1000.0;
    }

    public void mark(String step) {
        double at = seconds();
        LOG.info(() -> String.format(java.util.Locale.ROOT, "Start-up: %s at %.2f s", step, at));
    }

    /** Logs {@code step} when {@code scene} has been laid out for the first time after this call. */
    public void markFirstFrame(javafx.scene.Scene scene, String step) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            mark(step);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
