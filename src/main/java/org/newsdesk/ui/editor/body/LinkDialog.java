package org.newsdesk.ui.editor.body;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextInputDialog;

/** The small Ctrl+K dialog: one field for the address, OK / Cancel. */
final class LinkDialog implements LinkPrompt {

    private final Node owner;

    LinkDialog(Node owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> ask(String current) {
        TextInputDialog dialog = new TextInputDialog(current == null ? "https://" : current);
        dialog.setTitle("Link");
        dialog.setHeaderText(null);
        dialog.setContentText("Address (https://…, mailto:…); leave empty to remove the link:");
        dialog.getEditor().setId("link-address");
        dialog.getEditor().setPrefColumnCount(32);
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        return dialog.showAndWait();
    }
}
