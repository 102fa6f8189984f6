package org.newsdesk.ui.window;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.newsdesk.ui.common.UiPreferences;

/** Puts the window where it was, at the size it had, with the splits where the user left them. */
final class WindowStateKeeper {
    private WindowStateKeeper() {
    }

    static void restore(Stage stage, SplitPane split, UiPreferences prefs) {
        if (!stage.isShowing()) { // already placed when it showed the library opening
            place(stage, prefs);
        }
        split.setDividerPositions(prefs.dividers().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Size and position, on a screen that still exists. */
    static void place(Stage stage, UiPreferences prefs) {
        stage.setWidth(prefs.width());
        stage.setHeight(prefs.height());
        if (prefs.x() != null && prefs.y() != null && onSomeScreen(prefs)) {
            stage.setX(prefs.x());
            stage.setY(prefs.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.maximized());
    }

    static UiPreferences capture(Stage stage, SplitPane split, UiPreferences prefs) {
        List<Double> dividers = Arrays.stream(split.getDividerPositions()).boxed().toList();
        return prefs.withGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                dividers);
    }

    /** A window remembered on a monitor that is gone would open out of sight. */
    private static boolean onSomeScreen(UiPreferences p) {
        return !Screen.getScreensForRectangle(new Rectangle2D(p.x(), p.y(), Math.min(p.width(), 200), 50)).isEmpty();
    }
}
