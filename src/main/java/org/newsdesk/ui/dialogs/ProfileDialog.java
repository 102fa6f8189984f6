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
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.ui.common.Dialogs;

/**
 * Asks for the name that goes on revisions and comments, and the role that decides workflow steps; on the first
 * start also the language the window speaks (the system's if Newsdesk speaks it).
 */
public final class ProfileDialog {
    private ProfileDialog() {
    }

    /** What the first start settles: who writes, and the interface's language. */
    public record FirstStart(User user, UiLanguage language) {
    }

    /** {@code current} pre-fills the form; empty when the user cancels. */
    public static Optional<User> ask(Window owner, Messages t, User current) {
        return show(owner, t, current, null).map(FirstStart::user);
    }

    /** The first start's question: name, role and language; empty when the user cancels. */
    public static Optional<FirstStart> askFirstStart(Window owner, Messages t, User suggestion, UiLanguage language) {
        return show(owner, t, suggestion, language);
    }

    private static Optional<FirstStart> show(Window owner, Messages t, User current, UiLanguage firstLanguage) {
        boolean firstStart = firstLanguage != null;
        Dialog<FirstStart> dialog = new Dialog<>();
        dialog.setTitle(t.get(firstStart ? "profile.welcome.title" : "profile.title"));
        dialog.setHeaderText(t.get(firstStart ? "profile.welcome.header" : "profile.header"));
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
                return r == null ? "" : t.get(r == Role.EDITOR ? "profile.role.editor" : "profile.role.pressOfficer");
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, org.newsdesk.ui.common.Accessible.label(t.get("profile.name"), name), name);
        grid.addRow(1, org.newsdesk.ui.common.Accessible.label(t.get("profile.role"), role), role);
        ComboBox<UiLanguage> language = SettingsDialog.languagePicker(firstLanguage);
        if (firstStart) {
            language.setId("profile-language");
            grid.addRow(2, org.newsdesk.ui.common.Accessible.label(t.get("settings.language"), language), language);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        Dialogs.prepare(dialog, owner, t);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK && !name.getText().isBlank()
                ? new FirstStart(new User(name.getText(), role.getValue()), language.getValue()) : null);
        javafx.application.Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }
}
