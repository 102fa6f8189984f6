package org.newsdesk.ui.editor.body;

import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * Makes a keystroke in the body draw in one pulse instead of two (measured: EditorBenchmark, "frames" per key).
 *
 * <p>Two things made RichTextFX 0.11.7 / Flowless 0.7.4 ask for a second pulse after every edit:
 * <ol>
 *   <li>Flowless creates the cell of the edited paragraph while the pulse lays the scene out and applies that
 *   cell's CSS there, after the pulse's CSS pass. The CSS flags it leaves on the cell's ancestors make JavaFX
 *   mark the scene's root dirty at the end of the pulse, and the next pulse draws the window again. Laying the
 *   scroll pane out just before the CSS pass (a pre-layout pulse listener) creates the cell early enough for that
 *   pass to settle it.</li>
 *   <li>{@code VirtualizedScrollPane} asks for another layout with {@code Platform.runLater} whenever its
 *   "scroll bar needed" value is invalidated, and with scroll bars shown as needed that value depends on the
 *   content's estimated height, which an edit changes. A wrapping editor never needs the horizontal bar, and the
 *   vertical bar shown always does not depend on the content: neither invalidates, and the body does not reflow
 *   when a growing article first needs the bar.</li>
 * </ol>
 */
final class OnePulseLayout {

    private OnePulseLayout() {
    }

    static VirtualizedScrollPane<BodyArea> scrollPane(BodyArea area) {
        VirtualizedScrollPane<BodyArea> pane = new VirtualizedScrollPane<>(area, ScrollBarPolicy.NEVER, ScrollBarPolicy.ALWAYS);
        Runnable layOutEarly = () -> {
            if (pane.isNeedsLayout() && pane.getWidth() > 0) {
                pane.layout();
            }
        };
        pane.sceneProperty().addListener((o, before, after) -> {
            if (before != null) {
                before.removePreLayoutPulseListener(layOutEarly);
            }
            if (after != null) {
                after.addPreLayoutPulseListener(layOutEarly);
            }
        });
        return pane;
    }
}
