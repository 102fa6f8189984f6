package org.newsdesk.ui.dialogs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.service.AppVersions;
import org.newsdesk.ui.common.Dialogs;

/**
 * Help › About: what a bug report needs (versions, where the library, logs and backups are), ready to copy. The
 * report stays English in every interface language, as the logs do: it is read by whoever fixes the bug.
 */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static void show(Window owner, Messages t, AppVersions versions, Path library, Path logs, Path backups) {
        List<String> lines = new ArrayList<>(versions.lines());
        lines.add("Library " + library.toAbsolutePath());
        lines.add("Logs " + logs.toAbsolutePath());
        lines.add("Backups " + backups.toAbsolutePath());
        TextArea text = new TextArea(String.join("\n", lines));
        text.setId("about-text");
        text.setAccessibleText(t.get("a11y.about.text"));
        text.setEditable(false);
        text.setPrefRowCount(lines.size());
        text.setPrefColumnCount(60);
        javafx.scene.control.Label note = new javafx.scene.control.Label(t.get("about.note"));
        note.setWrapText(true);
        ButtonType copy = new ButtonType(t.get("about.copy"), ButtonBar.ButtonData.LEFT);
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", copy, ButtonType.CLOSE);
        about.setTitle(t.get("menu.help.about"));
        about.setHeaderText("Newsdesk " + versions.newsdesk());
        about.getDialogPane().setContent(new javafx.scene.layout.VBox(8, note, text));
        Dialogs.prepare(about, owner, t);
        about.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            e.consume(); // copying does not close the window
        });
        about.showAndWait();
    }
}
