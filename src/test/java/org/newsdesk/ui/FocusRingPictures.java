package org.newsdesk.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.newsdesk.testing.CssPalette;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Whether a person sees where the focus is: each control's picture focused differs from its picture unfocused (its
 * bounds and a few pixels around) in at least as many pixels as a one-pixel outline of it, each changed pixel
 * contrasting 3:1 with what was there before (WCAG 1.4.11 non-text contrast, 2.4.7 focus visible). The focused
 * pictures go to target/focus-rings/ to be looked at.
 */
final class FocusRingPictures {
    private static final int MARGIN = 3;
    private static final Path PICTURES = Path.of("target", "focus-rings");

    private final Scene scene;
    private final String prefix;

    /** Shoots {@code scene}; the saved pictures' names start with {@code prefix}. */
    FocusRingPictures(Scene scene, String prefix) {
        this.scene = scene;
        this.prefix = prefix;
    }

    /** A sentence for each of {@code controls} whose focus cannot be seen; empty when every ring shows. */
    List<String> unseen(List<Node> controls) throws Exception {
        Files.createDirectories(PICTURES);
        List<String> unseen = new ArrayList<>();
        for (int i = 0; i < controls.size(); i++) {
            Node control = controls.get(i);
            Node elsewhere = fx(() -> farFrom(control, controls));
            WritableImage before = focusAndShoot(elsewhere);
            WritableImage after = focusAndShoot(control);
            Bounds b = fx(() -> control.localToScene(control.getLayoutBounds()));
            int changed = contrastingChanges(before, after, b);
            int outline = (int) (2 * (b.getWidth() + b.getHeight()));
            save(after, b, prefix + i + "-" + (control.getId() != null ? control.getId()
                    : control.getClass().getSimpleName()) + ".png");
            if (changed < outline) {
                String name = fx(() -> AccessibleNames.describe(control));
                unseen.add(String.format("%s: %d contrasting pixels change, a 1 px outline is %d", name, changed,
                        outline));
            }
        }
        return unseen;
    }

    /** A control whose picture does not overlap {@code control}'s, to hold the focus meanwhile. */
    private static Node farFrom(Node control, List<Node> controls) {
        Bounds b = grow(control.localToScene(control.getLayoutBounds()), MARGIN + 2);
        return controls.stream().filter(c -> c != control && !b.intersects(c.localToScene(c.getLayoutBounds())))
                .findFirst().orElseThrow();
    }

    private WritableImage focusAndShoot(Node node) throws Exception {
        fx(() -> {
            node.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> scene.snapshot(null));
    }

    /** Pixels in {@code b} (and a margin) that changed to a colour 3:1 or more from the one before. */
    private static int contrastingChanges(WritableImage before, WritableImage after, Bounds b) {
        PixelReader was = before.getPixelReader();
        PixelReader now = after.getPixelReader();
        Bounds area = grow(b, MARGIN);
        int count = 0;
        for (int y = (int) Math.max(0, area.getMinY()); y < Math.min(after.getHeight(), area.getMaxY()); y++) {
            for (int x = (int) Math.max(0, area.getMinX()); x < Math.min(after.getWidth(), area.getMaxX()); x++) {
                Color c0 = was.getColor(x, y);
                Color c1 = now.getColor(x, y);
                if (!c0.equals(c1) && CssPalette.contrast(c0, c1) >= 3) {
                    count++;
                }
            }
        }
        return count;
    }

    private static Bounds grow(Bounds b, double by) {
        return new BoundingBox(b.getMinX() - by, b.getMinY() - by, b.getWidth() + 2 * by, b.getHeight() + 2 * by);
    }

    /** The focused control with 12 px around it, for a person to look at. */
    private static void save(WritableImage shot, Bounds b, String file) throws Exception {
        Bounds area = grow(b, 12);
        int x0 = (int) Math.max(0, area.getMinX());
        int y0 = (int) Math.max(0, area.getMinY());
        int w = (int) Math.min(shot.getWidth() - x0, area.getWidth());
        int h = (int) Math.min(shot.getHeight() - y0, area.getHeight());
        if (w <= 0 || h <= 0) {
            return;
        }
        WritableImage part = new WritableImage(shot.getPixelReader(), x0, y0, w, h);
        ImageIO.write(SwingFXUtils.fromFXImage(part, null), "png", new File(PICTURES.resolve(file).toString()));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
