package org.newsdesk.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;

/**
 * Makes a dialog speak the interface's language: JavaFX names its standard buttons (OK, Cancel…) and an alert's
 * title and header in the JVM's language, so those are set from the bundles here, and an Arabic interface lays the
 * dialog out right to left; it takes the window's style sheet (focus rings, prompts). Results stay the standard
 * {@link ButtonType}s, so callers compare as before.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** Owner, language and direction for {@code dialog}; returns it for chaining. */
    public static <D extends Dialog<?>> D prepare(D dialog, Window owner, Messages t) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        if (dialog instanceof Alert alert) {
            String kind = switch (alert.getAlertType()) {
                case ERROR -> "dialog.error";
                case WARNING -> "dialog.warning";
                case CONFIRMATION -> "dialog.confirm";
                default -> "dialog.information";
            };
            if (alert.getTitle() == null || alert.getTitle().isBlank() || isJavaFxDefault(alert.getTitle())) {
                alert.setTitle(t.get(kind));
            }
            if (alert.getHeaderText() != null && isJavaFxDefault(alert.getHeaderText())) {
                alert.setHeaderText(t.get(kind));
            }
        }
        // the window's sheet: the same 2 px focus ring and readable prompts in dialogs as in the main window
        String css = Dialogs.class.getResource("/org/newsdesk/ui/newsdesk.css").toExternalForm();
        if (!dialog.getDialogPane().getStylesheets().contains(css)) {
            dialog.getDialogPane().getStylesheets().add(css);
            dialog.getDialogPane().getStyleClass().add("newsdesk");
        }
        InterfaceDirection.apply(dialog.getDialogPane(), t);
        dialog.getDialogPane().getButtonTypes().addListener((javafx.collections.ListChangeListener<ButtonType>) c ->
                nameButtons(dialog, t));
        nameButtons(dialog, t);
        return dialog;
    }

    /** The texts JavaFX gives an alert's title or header by itself, in whatever language the JVM runs. */
    private static boolean isJavaFxDefault(String text) {
        for (Alert.AlertType type : new Alert.AlertType[]{Alert.AlertType.ERROR, Alert.AlertType.WARNING,
                Alert.AlertType.CONFIRMATION, Alert.AlertType.INFORMATION}) {
            Alert probe = new Alert(type);
            if (text.equals(probe.getTitle()) || text.equals(probe.getHeaderText())) {
                return true;
            }
        }
        return false;
    }

    private static void nameButtons(Dialog<?> dialog, Messages t) {
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            String key = standardKey(type);
            if (key != null && dialog.getDialogPane().lookupButton(type) instanceof Button b) {
                b.setText(t.get(key));
            }
        }
    }

    private static String standardKey(ButtonType type) {
        if (type == ButtonType.OK) {
            return "button.ok";
        } else if (type == ButtonType.CANCEL) {
            return "button.cancel";
        } else if (type == ButtonType.CLOSE) {
            return "button.close";
        } else if (type == ButtonType.YES) {
            return "button.yes";
        } else if (type == ButtonType.NO) {
            return "button.no";
        } else if (type == ButtonType.APPLY) {
            return "button.apply";
        }
        return null;
    }

    /** Shows an alert of {@code type} with {@code header} and {@code content}, prepared as above; waits. */
    public static java.util.Optional<ButtonType> alert(Window owner, Messages t, Alert.AlertType type, String header,
                                                       String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content, buttons);
        alert.setHeaderText(header);
        return prepare(alert, owner, t).showAndWait();
    }
}
