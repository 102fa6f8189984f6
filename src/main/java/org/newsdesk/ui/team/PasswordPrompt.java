package org.newsdesk.ui.team;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.TeamAddress;
import org.newsdesk.ui.common.Dialogs;

/** Asks for a team library's password when neither PGPASSWORD, ~/.pgpass nor a keyring has it; kept for the session only. */
public final class PasswordPrompt {
    private PasswordPrompt() {
    }

    public static Optional<String> ask(Window owner, Messages t, TeamAddress address) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(t.get("password.title"));
        dialog.setHeaderText(t.get("password.header", address.user(), address.where()));
        PasswordField field = new PasswordField();
        field.setId("team-password");
        Label note = new Label(t.get("password.note"));
        note.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, field, note));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Dialogs.prepare(dialog, owner, t);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait().filter(p -> !p.isEmpty());
    }
}
