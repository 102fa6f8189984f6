package org.newsdesk.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.InlineCssTextArea;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.ui.editor.body.BodyEditor;
import org.newsdesk.ui.editor.body.TypingSettings;

/**
 * One editor in a window of its own, loaded with the article: the Newsdesk body editor, the bare RichTextFX area
 * with the same text (the floor), or a label whose text each key sets (the toolkit's own floor for felt latency:
 * a pulse, a layout and a frame). Create and close on the FX thread. The caret does not blink in any of them, so
 * that no animation draws frames of its own while keys are measured.
 */
final class EditorWindow {

    static final double WIDTH = 900;
    private static final String NO_BLINK = "data:text/css;base64," + Base64.getEncoder().encodeToString(
            ".styled-text-area .caret { -rtfx-blink-rate: 0ms; }".getBytes(StandardCharsets.UTF_8));
    static final double HEIGHT = 800;

    final String name;
    final Scene scene;
    /** The area typed into; null for the label. */
    final GenericStyledArea<?, ?, ?> area;
    final Label label;
    final double openMs;
    private final Stage stage;

    private EditorWindow(String name, Parent root, GenericStyledArea<?, ?, ?> area, Label label, Runnable load) {
        this.name = name;
        this.area = area;
        this.label = label;
        this.stage = new Stage();
        this.scene = new Scene(root, WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.show();
        long start = System.nanoTime();
        load.run();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        this.openMs = (System.nanoTime() - start) / 1e6;
        if (area != null) {
            area.getStylesheets().add(NO_BLINK); // RichTextFX's own stylesheet sets the rate, so code cannot
            area.requestFocus();
        }
    }

    static EditorWindow newsdesk(Document article, Language language) {
        BodyEditor editor = new BodyEditor(url -> { }, TypingSettings.ALL_ON);
        editor.languageProperty().set(language);
        return new EditorWindow("Newsdesk body editor", (Parent) editor.node(), editor.area(), null,
                () -> editor.load(article));
    }

    static EditorWindow bare(String text) {
        InlineCssTextArea area = new InlineCssTextArea();
        area.setWrapText(true);
        return new EditorWindow("bare InlineCssTextArea", new VirtualizedScrollPane<>(area), area, null,
                () -> area.replaceText(text));
    }

    static EditorWindow label() {
        Label label = new Label("");
        return new EditorWindow("JavaFX Label", new StackPane(label), null, label, () -> { });
    }

    void close() {
        stage.close();
    }
}
