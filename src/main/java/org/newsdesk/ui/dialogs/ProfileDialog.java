package org.newsdesk.ui.dialogs;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;

/** Asks for the name that goes on revisions and comments, and the role that decides workflow steps. */
public final class ProfileDialog {
    private ProfileDialog() {
    }

    /** {@code current} pre-fills the form; empty when the user cancels. */
    public static Optional<User> ask(Window owner, User current, boolean firstStart) {
        Dialog<User> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(firstStart ? "Welcome to Newsdesk" : "Your profile");
        dialog.setHeaderText(firstStart ? "Who is writing? Your name goes on revisions, comments and reviews."
                : "Your name and role");
        TextField name = new TextField(current.name());
        name.setId("profile-name");
        name.setPrefColumnCount(24);
        ComboBox<Role> role = new ComboBox<>();
        role.setId("profile-role");
        role.getItems().setAll(Role.values());
        role.setValue(current.role());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : r == Role.EDITOR ? "Editor (reviews and approves)"
                        : "Press officer (writes and submits)";
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Role"), role);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK && !name.getText().isBlank()
                ? new User(name.getText(), role.getValue()) : null);
        javafx.application.Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }
}
