package org.newsdesk.ui.dialogs;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.model.Article;

/**
 * Asks what to do when someone else saved the open article first: keep mine as a new copy, take theirs,
 * or compare the two side by side before deciding. Never overwrites either version by itself.
 */
public final class ConflictDialog {
    public enum Choice { KEEP_MINE_AS_COPY, TAKE_THEIRS, DECIDE_LATER }

    public static final ButtonType KEEP_MINE = new ButtonType("Keep mine as a new copy", ButtonBar.ButtonData.YES);
    public static final ButtonType TAKE_THEIRS = new ButtonType("Take theirs", ButtonBar.ButtonData.NO);
    public static final ButtonType COMPARE = new ButtonType("Compare side by side", ButtonBar.ButtonData.HELP);

    private ConflictDialog() {
    }

    /** {@code theirs} may be null when it could not be loaded; then comparing is not offered. */
    public static Choice ask(Window owner, String message, Article mine, Article theirs) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Conflict");
        dialog.setHeaderText("This article was changed somewhere else while you were editing it.");
        Label text = new Label(message + "\nYour changes are kept until you choose.");
        text.setWrapText(true);
        VBox content = new VBox(10, text);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("conflict-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(KEEP_MINE, TAKE_THEIRS, ButtonType.CANCEL);
        if (theirs != null) {
            dialog.getDialogPane().getButtonTypes().add(COMPARE);
            // "Compare" shows both versions inside the dialog instead of closing it
            dialog.getDialogPane().lookupButton(COMPARE).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                e.consume();
                if (content.getChildren().size() == 1) {
                    content.getChildren().add(sideBySide(mine, theirs));
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
        }
        Optional<ButtonType> result = dialog.showAndWait();
        if (result.isEmpty() || result.get() == ButtonType.CANCEL) {
            return Choice.DECIDE_LATER;
        }
        return result.get() == KEEP_MINE ? Choice.KEEP_MINE_AS_COPY : Choice.TAKE_THEIRS;
    }

    private static GridPane sideBySide(Article mine, Article theirs) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.addRow(0, new Label("Mine"), new Label("Theirs (saved version " + theirs.version() + ")"));
        TextArea left = readOnly(render(mine));
        left.setId("conflict-mine");
        TextArea right = readOnly(render(theirs));
        right.setId("conflict-theirs");
        grid.addRow(1, left, right);
        GridPane.setHgrow(left, Priority.ALWAYS);
        GridPane.setHgrow(right, Priority.ALWAYS);
        return grid;
    }

    private static TextArea readOnly(String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(10);
        area.setPrefColumnCount(28);
        return area;
    }

    private static String render(Article a) {
        return a.headline() + "\n\n" + (a.standfirst().isBlank() ? "" : a.standfirst() + "\n\n")
                + "Tags: " + String.join(", ", a.tags()) + "\n\n" + a.body().plainText();
    }
}
