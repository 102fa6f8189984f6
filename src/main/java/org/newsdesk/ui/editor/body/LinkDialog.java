package org.newsdesk.ui.editor.body;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextInputDialog;

/** The small Ctrl+K dialog: one field for the address, OK / Cancel. */
final class LinkDialog implements LinkPrompt {

    private final Node owner;
    private final org.newsdesk.i18n.Messages t;

    LinkDialog(org.newsdesk.i18n.Messages t, Node owner) {
        this.owner = owner;
        this.t = t;
    }

    @Override
    public Optional<String> ask(String current) {
        TextInputDialog dialog = new TextInputDialog(current == null ? "https://" : current);
        dialog.setTitle(t.get("link.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(t.get("link.address"));
        dialog.getEditor().setAccessibleText(t.get("link.address.name"));
        dialog.getEditor().setId("link-address");
        dialog.getEditor().setPrefColumnCount(32);
        org.newsdesk.ui.common.Dialogs.prepare(dialog, owner.getScene() == null ? null : owner.getScene().getWindow(), t);
        return dialog.showAndWait();
    }
}
