package org.newsdesk.ui.editor.body;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.newsdesk.importer.LinkPolicy;
import org.newsdesk.model.ImageRef;

/**
 * The small form of a picture: caption, credit, alt text and an optional link. OK stays off while the link is
 * not one the body may hold (http, https, mailto).
 */
final class ImageDetailsDialog implements ImageDetailsPrompt {

    private final Node owner;
    private final org.newsdesk.i18n.Messages t;

    ImageDetailsDialog(org.newsdesk.i18n.Messages t, Node owner) {
        this.owner = owner;
        this.t = t;
    }

    @Override
    public Optional<ImageRef> ask(ImageRef current) {
        TextField caption = field("image-caption", current.caption(), t.get("image.caption.prompt"));
        TextField credit = field("image-credit", current.credit(), t.get("image.credit.prompt"));
        TextArea alt = new TextArea(current.altText());
        alt.setId("image-alt");
        alt.setPromptText(t.get("image.alt.prompt"));
        alt.setAccessibleText(t.get("image.alt"));
        alt.setAccessibleHelp(t.get("image.alt.prompt"));
        alt.setWrapText(true);
        alt.setPrefRowCount(3);
        TextField link = field("image-link", current.link() == null ? "" : current.link(), t.get("image.link.prompt"));
        Label linkProblem = new Label(t.get("image.link.problem"));
        linkProblem.getStyleClass().add("danger");
        linkProblem.visibleProperty().bind(Bindings.createBooleanBinding(() -> !linkAllowed(link.getText()),
                link.textProperty()));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, label(t.get("image.caption"), caption), caption);
        form.addRow(1, label(t.get("image.credit"), credit), credit);
        form.addRow(2, label(t.get("image.alt"), alt), alt);
        form.addRow(3, label(t.get("image.link"), link), link);
        form.add(linkProblem, 1, 4);

        Dialog<ImageRef> dialog = new Dialog<>();
        dialog.setTitle(t.get("image.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(linkProblem.visibleProperty());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new ImageRef(current.assetId(), oneLine(caption.getText()), oneLine(credit.getText()),
                        alt.getText().strip(), LinkPolicy.fromUserInput(link.getText()).orElse(null))
                : null);
        org.newsdesk.ui.common.Dialogs.prepare(dialog, owner.getScene() == null ? null : owner.getScene().getWindow(), t);
        dialog.setOnShown(e -> caption.requestFocus());
        return dialog.showAndWait();
    }

    /** A label that names its field for screen readers and moves the focus there with its mnemonic. */
    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        if (field instanceof javafx.scene.control.Control c && c.getAccessibleText() == null) {
            c.setAccessibleText(text);
        }
        return label;
    }

    private static boolean linkAllowed(String text) {
        return text == null || text.isBlank() || LinkPolicy.fromUserInput(text).isPresent();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static TextField field(String id, String value, String prompt) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(32);
        return field;
    }
}
