package org.newsdesk.ui.editor.body;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.newsdesk.model.Direction;

/**
 * A small wrapping plain-text field (the standfirst) built on {@link BodyArea}, so it gets the editor's
 * right-to-left workarounds: JavaFX 21's {@code TextArea} draws the last line of a wrapped right-to-left
 * paragraph on every line (shared/notes/arabic-on-javafx.md; {@code StandfirstFieldTest} shows it), this field
 * keeps one {@code Text} per word like the body. Paragraphs are AUTO: they follow their first strong character,
 * empty ones the base direction (the article language's).
 */
public final class WrappingTextField {

    private static final double LINE = 32; // Noto Sans Arabic's line at 14 px
    private final BodyArea area = new BodyArea();
    private final VirtualizedScrollPane<BodyArea> pane = new VirtualizedScrollPane<>(area);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private boolean syncing;

    public WrappingTextField(int minLines, int maxLines) {
        EditorFonts.ensureLoaded();
        area.getStyleClass().add("plain-field");
        area.setParagraphGraphicFactory(null);
        RightToLeftKeys.install(area);
        pane.getStyleClass().add("plain-field-frame");
        pane.getStylesheets().addAll(area.getStylesheets());
        area.textProperty().addListener((o, old, now) -> {
            if (!syncing) {
                syncing = true;
                text.set(now);
                syncing = false;
            }
        });
        text.addListener((o, old, now) -> {
            if (!syncing) {
                syncing = true;
                String value = now == null ? "" : now;
                if (!value.equals(area.getText())) {
                    area.replaceText(0, area.getLength(), value);
                    area.getUndoManager().forgetHistory();
                }
                syncing = false;
            }
        });
        double min = minLines * LINE + 14;
        double max = maxLines * LINE + 14;
        pane.setMinHeight(min);
        pane.setPrefHeight(min);
        area.totalHeightEstimateProperty().addListener((o, old, h) ->
                pane.setPrefHeight(h == null ? min : Math.max(min, Math.min(max, h + 16))));
    }

    /** The node to place in a form; the focusable part is {@link #area()}. */
    public Node node() {
        return pane;
    }

    public BodyArea area() {
        return area;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The direction of empty paragraphs (and of paragraphs without a letter): the article language's. */
    public ObjectProperty<Direction> baseDirectionProperty() {
        return area.baseDirectionProperty();
    }

    public void setPromptText(String prompt) {
        Label label = new Label(prompt);
        label.getStyleClass().add("plain-field-prompt");
        area.setPlaceholder(label);
    }

    /** Tab and Shift+Tab move the focus on (these run) instead of typing a tab, like in every other field. */
    public void setTabActions(Runnable backward, Runnable forward) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                (e.isShiftDown() ? backward : forward).run();
            }
        });
    }
}
