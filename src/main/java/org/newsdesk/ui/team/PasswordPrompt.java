package org.newsdesk.ui.team;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.model.TeamAddress;

/** Asks for a team library's password when neither PGPASSWORD, ~/.pgpass nor a keyring has it; kept for the session only. */
public final class PasswordPrompt {
    private PasswordPrompt() {
    }

    public static Optional<String> ask(Window owner, TeamAddress address) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Team library");
        dialog.setHeaderText("Password of " + address.user() + " for the team library at " + address.where());
        PasswordField field = new PasswordField();
        field.setId("team-password");
        Label note = new Label("Kept for this session only. Without it the library works offline.");
        note.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, field, note));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait().filter(p -> !p.isEmpty());
    }
}
