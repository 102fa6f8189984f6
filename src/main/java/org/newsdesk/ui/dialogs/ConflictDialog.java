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
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Article;
import org.newsdesk.ui.common.Dialogs;

/**
 * Asks what to do when someone else saved the open article first: keep mine as a new copy, take theirs,
 * or compare the two side by side before deciding. Never overwrites either version by itself.
 */
public final class ConflictDialog {
    public enum Choice { KEEP_MINE_AS_COPY, TAKE_THEIRS, DECIDE_LATER }

    private ConflictDialog() {
    }

    /** {@code theirs} may be null when it could not be loaded; then comparing is not offered. */
    public static Choice ask(Window owner, Messages t, String message, Article mine, Article theirs) {
        ButtonType keepMine = new ButtonType(t.get("conflict.keepMine"), ButtonBar.ButtonData.YES);
        ButtonType takeTheirs = new ButtonType(t.get("conflict.takeTheirs"), ButtonBar.ButtonData.NO);
        ButtonType compare = new ButtonType(t.get("conflict.compare"), ButtonBar.ButtonData.HELP);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(t.get("conflict.title"));
        dialog.setHeaderText(t.get("conflict.header"));
        Label text = new Label(message + "\n" + t.get("conflict.kept"));
        text.setWrapText(true);
        VBox content = new VBox(10, text);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("conflict-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(keepMine, takeTheirs, ButtonType.CANCEL);
        if (theirs != null) {
            dialog.getDialogPane().getButtonTypes().add(compare);
            // "Compare" shows both versions inside the dialog instead of closing it
            dialog.getDialogPane().lookupButton(compare).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                e.consume();
                if (content.getChildren().size() == 1) {
                    content.getChildren().add(sideBySide(t, mine, theirs));
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
        }
        Dialogs.prepare(dialog, owner, t);
        Optional<ButtonType> result = dialog.showAndWait();
        if (result.isEmpty() || result.get() == ButtonType.CANCEL) {
            return Choice.DECIDE_LATER;
        }
        return result.get() == keepMine ? Choice.KEEP_MINE_AS_COPY : Choice.TAKE_THEIRS;
    }

    private static GridPane sideBySide(Messages t, Article mine, Article theirs) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.addRow(0, new Label(t.get("conflict.mine")), new Label(t.get("conflict.theirs", t.number(theirs.version()))));
        TextArea left = readOnly(render(t, mine));
        left.setId("conflict-mine");
        TextArea right = readOnly(render(t, theirs));
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

    private static String render(Messages t, Article a) {
        return a.headline() + "\n\n" + (a.standfirst().isBlank() ? "" : a.standfirst() + "\n\n")
                + t.get("conflict.tags", String.join(t.get("list.comma"), a.tags())) + "\n\n" + a.body().plainText();
    }
}
