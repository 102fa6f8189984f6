package org.newsdesk.ui.review;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a few lines of text: a comment on quoted words, or the note that requesting changes needs. The confirm
 * button stays disabled while the text is blank; Ctrl+Enter confirms, Enter starts a new line.
 */
public final class TextPrompt {
    private TextPrompt() {
    }

    /**
     * @param quote  the words the text is about, shown above the field; "" for none
     * @param action the confirm button's words ("Comment", "Request changes")
     */
    public static Optional<String> ask(Window owner, org.newsdesk.i18n.Messages t, String title, String header, String quote, String prompt,
                                       String action) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("text-prompt");
        TextArea text = new TextArea();
        text.setId("text-prompt-text");
        text.setAccessibleText(header); // the question the dialog asks is what the field is for
        text.setPromptText(prompt);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPrefColumnCount(40);
        VBox content = new VBox(8);
        if (!quote.isEmpty()) {
            Label quoted = new Label(t.get("comments.quote", ReviewTexts.shorten(quote, 240)));
            quoted.setWrapText(true);
            quoted.setMaxWidth(460);
            quoted.setId("text-prompt-quote");
            quoted.setStyle("-fx-font-style: italic; -fx-text-fill: -color-fg-muted;");
            content.getChildren().add(quoted);
        }
        content.getChildren().add(text);
        dialog.getDialogPane().setContent(content);
        ButtonType confirm = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, confirm);
        org.newsdesk.ui.common.Dialogs.prepare(dialog, owner, t);
        dialog.getDialogPane().lookupButton(confirm).disableProperty()
                .bind(text.textProperty().map(String::isBlank).orElse(true));
        dialog.getDialogPane().lookupButton(confirm).setId("text-prompt-confirm");
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && !text.getText().isBlank()) {
                e.consume();
                dialog.setResult(text.getText().strip());
                dialog.close();
            }
        });
        dialog.setResultConverter(b -> b == confirm && !text.getText().isBlank() ? text.getText().strip() : null);
        dialog.setOnShown(e -> Platform.runLater(text::requestFocus)); // once the window has focus
        return dialog.showAndWait();
    }
}
