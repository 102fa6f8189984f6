package org.newsdesk.ui.translation;

import java.util.UUID;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.editor.body.EditorFonts;

/** The side-by-side view in a window of its own beside the main one; it reads the set again when it comes to the front. */
public final class TranslationWindow {
    private final Stage stage = new Stage();
    private final TranslationViewModel model;
    private final TranslationView view;

    public TranslationWindow(Messages t, Window owner, TranslationViewModel model) {
        this.model = model;
        EditorFonts.ensureLoaded();
        view = new TranslationView(t, model);
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1100, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        // not owned: an owned window stays above the main one, and the translator moves between the two
        stage.setTitle(t.get("translation.window.title"));
        // the window's chrome reads as the interface does; each side keeps its article's direction (TranslationView)
        scene.setNodeOrientation(t.rightToLeft() ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT
                : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        org.newsdesk.ui.common.InterfaceDirection.apply(scene.getRoot(), t);
        model.reportProperty().addListener((o, was, now) -> {
            if (now != null) {
                String headline = now.translation().headline();
                stage.setTitle(t.get("translation.window.titleOf", headline.isBlank() ? t.get("article.untitled")
                        : headline, now.source().language().tag().toUpperCase(java.util.Locale.ROOT)));
            }
        });
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused && was != null && !was) {
                model.refresh();
            }
        });
    }

    public void show() {
        model.refresh();
        stage.show();
        stage.toFront();
    }

    public UUID translationId() {
        return model.translationId();
    }

    public TranslationView view() {
        return view;
    }

    public TranslationViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }
}
