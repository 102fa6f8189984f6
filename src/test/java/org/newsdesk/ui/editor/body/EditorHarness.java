package org.newsdesk.ui.editor.body;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.newsdesk.model.Document;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A stage holding just the body editor, for TestFX tests. Actions run on the FX thread and are waited for;
 * values are read back from the FX thread after it has settled, never asserted inside it.
 */
final class EditorHarness {

    final BodyEditor editor;
    final List<String> openedLinks = new ArrayList<>();

    EditorHarness(Stage stage, TypingSettings settings) {
        editor = new BodyEditor(openedLinks::add, settings);
        stage.setScene(new Scene((Parent) editor.node(), 720, 520));
        stage.sizeToScene(); // the stage is shared between tests: a width set by an earlier test would stay
        stage.show();
        stage.toFront();
    }

    EditorHarness(Stage stage) {
        this(stage, TypingSettings.ALL_ON);
    }

    /** Runs on the FX thread and waits for it and for the events it caused. */
    static void fx(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads a value on the FX thread once it has settled. */
    static <T> T read(Callable<T> value) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(value).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void load(Document document) {
        fx(() -> {
            editor.load(document);
            editor.area().requestFocus();
        });
    }

    /** Empty body, focused, caret in the (only) paragraph. */
    void start() {
        load(Document.EMPTY);
    }

    Document document() {
        return read(editor::document);
    }

    String text() {
        return read(() -> editor.area().getText());
    }

    void caretTo(int position) {
        fx(() -> editor.area().moveTo(position));
    }

    void select(int from, int to) {
        fx(() -> editor.area().selectRange(from, to));
    }
}
