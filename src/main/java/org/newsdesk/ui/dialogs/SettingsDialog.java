package org.newsdesk.ui.dialogs;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.service.BackupService;
import org.newsdesk.ui.common.UiPreferences;

/** Typing helpers and the boilerplate of the press-release template. */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    /** @param backups the folder daily backups go to, named beside their switch */
    public static Optional<UiPreferences> edit(Window owner, UiPreferences current, String backups) {
        Dialog<UiPreferences> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Settings");
        CheckBox quotes = new CheckBox("Smart quotes for the article's language (“ ” in English, « » in French and Arabic)");
        quotes.setSelected(current.smartQuotes());
        CheckBox dashes = new CheckBox("Turn \" - \" between words into an en dash (–)");
        dashes.setSelected(current.enDashes());
        CheckBox french = new CheckBox("No-break space before ; : ! ? in French");
        french.setSelected(current.frenchSpacing());
        TextArea boilerplate = new TextArea(current.boilerplate());
        boilerplate.setWrapText(true);
        boilerplate.setPrefRowCount(5);
        boilerplate.setId("settings-boilerplate");
        CheckBox daily = new CheckBox("Back up each library once a day (the last " + BackupService.DAILY_KEPT
                + " are kept in " + backups + ")");
        daily.setId("settings-daily-backups");
        daily.setSelected(!current.dailyBackupsOff());
        dialog.getDialogPane().setContent(new VBox(10, quotes, dashes, french,
                new Label("\u201CAbout the organisation\u201D text of the press-release template:"), boilerplate,
                daily));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.setResultConverter(b -> b == ButtonType.OK ? current.withTyping(quotes.isSelected(),
                dashes.isSelected(), french.isSelected(), boilerplate.getText())
                .withDailyBackups(daily.isSelected()) : null);
        return dialog.showAndWait();
    }
}
