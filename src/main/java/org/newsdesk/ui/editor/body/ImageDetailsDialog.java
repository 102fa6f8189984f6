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

    ImageDetailsDialog(Node owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ImageRef> ask(ImageRef current) {
        TextField caption = field("image-caption", current.caption(), "What the picture shows");
        TextField credit = field("image-credit", current.credit(), "Photographer / agency");
        TextArea alt = new TextArea(current.altText());
        alt.setId("image-alt");
        alt.setPromptText("What someone who cannot see the picture needs to know");
        alt.setWrapText(true);
        alt.setPrefRowCount(3);
        TextField link = field("image-link", current.link() == null ? "" : current.link(), "https://… (optional)");
        Label linkProblem = new Label("Use an http, https or mailto address.");
        linkProblem.getStyleClass().add("danger");
        linkProblem.visibleProperty().bind(Bindings.createBooleanBinding(() -> !linkAllowed(link.getText()),
                link.textProperty()));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Caption"), caption);
        form.addRow(1, new Label("Credit"), credit);
        form.addRow(2, new Label("Alt text"), alt);
        form.addRow(3, new Label("Link"), link);
        form.add(linkProblem, 1, 4);

        Dialog<ImageRef> dialog = new Dialog<>();
        dialog.setTitle("Picture details");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(linkProblem.visibleProperty());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new ImageRef(current.assetId(), oneLine(caption.getText()), oneLine(credit.getText()),
                        alt.getText().strip(), LinkPolicy.fromUserInput(link.getText()).orElse(null))
                : null);
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setOnShown(e -> caption.requestFocus());
        return dialog.showAndWait();
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
