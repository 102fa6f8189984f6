package org.newsdesk.ui.window;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.newsdesk.ui.common.UiPreferences;

/**
 * What the window shows while the library opens: its name and a progress bar. The window appears at once, where
 * and as large as it was last time, and the main window's content replaces this when the library is ready; an
 * upgrade of an old library shows its progress here.
 */
public final class OpeningView {
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);

    /** Puts the window on screen with this view, placed as the user left it. */
    public void show(Stage stage, String libraryName, UiPreferences preferences, org.newsdesk.i18n.Messages t) {
        message.setText(t.get("opening.message", libraryName));
        progress.setAccessibleText(message.getText());
        message.setId("opening-message");
        progress.setId("opening-progress");
        progress.setPrefWidth(320);
        VBox box = new VBox(12, message, progress);
        box.setAlignment(Pos.CENTER);
        StackPane root = new StackPane(box);
        root.getStyleClass().add("opening");
        org.newsdesk.ui.common.InterfaceDirection.apply(root, t);
        stage.titleProperty().unbind();
        stage.setTitle(t.get("window.title.library", libraryName));
        if (stage.isShowing()) { // another library replaces the open one: same window, same place
            stage.getScene().setRoot(root);
            return;
        }
        Scene scene = new Scene(root);
        scene.getStylesheets().add(OpeningView.class.getResource("/org/newsdesk/ui/newsdesk.css").toExternalForm());
        stage.setScene(scene);
        WindowStateKeeper.place(stage, preferences);
        stage.show();
    }

    /** A step of a long opening (an upgrade): {@code fraction} from 0 to 1, or negative when not known. */
    public void progress(double fraction, String what) {
        progress.setProgress(fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : Math.min(fraction, 1));
        if (what != null && !what.isBlank()) {
            message.setText(what);
        }
    }
}
