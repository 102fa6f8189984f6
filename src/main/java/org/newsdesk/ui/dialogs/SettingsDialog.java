package org.newsdesk.ui.dialogs;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsdesk.i18n.Digits;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.service.BackupService;
import org.newsdesk.ui.common.Dialogs;
import org.newsdesk.ui.common.UiPreferences;

/** The interface's language and digits, typing helpers, the boilerplate of the press-release template, backups. */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    /** The three languages, each named in itself (whoever cannot read the current one still finds theirs). */
    static ComboBox<UiLanguage> languagePicker(UiLanguage current) {
        ComboBox<UiLanguage> picker = new ComboBox<>();
        picker.getItems().setAll(UiLanguage.values());
        picker.setValue(current == null ? UiLanguage.ENGLISH : current);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(UiLanguage l) {
                return l == null ? "" : l.nativeName();
            }

            @Override
            public UiLanguage fromString(String s) {
                return null;
            }
        });
        return picker;
    }

    /** @param backups the folder daily backups go to, named beside their switch */
    public static Optional<UiPreferences> edit(Window owner, Messages t, UiPreferences current, String backups) {
        return edit(owner, t, current, backups, null, f -> { });
    }

    /**
     * @param teamPictures how the open team library's pictures come (null: not a team library, no such row)
     * @param onTeamPictures told the new choice when OK is pressed and it changed
     */
    public static Optional<UiPreferences> edit(Window owner, Messages t, UiPreferences current, String backups,
            org.newsdesk.model.PictureFetching teamPictures,
            java.util.function.Consumer<org.newsdesk.model.PictureFetching> onTeamPictures) {
        Dialog<UiPreferences> dialog = new Dialog<>();
        dialog.setTitle(t.get("settings.title"));
        ComboBox<UiLanguage> language = languagePicker(t.language());
        language.setId("settings-language");
        ComboBox<Digits> digits = new ComboBox<>();
        digits.setId("settings-digits");
        digits.getItems().setAll(Digits.values());
        digits.setValue(t.language() == UiLanguage.ARABIC ? t.digits() : current.digitsChoice());
        digits.setConverter(new StringConverter<>() {
            @Override
            public String toString(Digits d) {
                return d == null ? "" : t.get(d == Digits.LATIN ? "settings.digits.latin" : "settings.digits.arabic");
            }

            @Override
            public Digits fromString(String s) {
                return null;
            }
        });
        digits.disableProperty().bind(language.valueProperty().isNotEqualTo(UiLanguage.ARABIC));
        GridPane languageRows = new GridPane();
        languageRows.setHgap(10);
        languageRows.setVgap(8);
        languageRows.addRow(0, org.newsdesk.ui.common.Accessible.label(t.get("settings.language"), language), language);
        languageRows.addRow(1, org.newsdesk.ui.common.Accessible.label(t.get("settings.digits"), digits), digits);
        Label restart = new Label(t.get("settings.language.note"));
        restart.setWrapText(true);
        CheckBox quotes = new CheckBox(t.get("settings.smartQuotes"));
        quotes.setSelected(current.smartQuotes());
        CheckBox dashes = new CheckBox(t.get("settings.enDashes"));
        dashes.setSelected(current.enDashes());
        CheckBox french = new CheckBox(t.get("settings.frenchSpacing"));
        french.setSelected(current.frenchSpacing());
        TextArea boilerplate = new TextArea(current.boilerplate());
        boilerplate.setWrapText(true);
        boilerplate.setPrefRowCount(5);
        boilerplate.setId("settings-boilerplate");
        CheckBox daily = new CheckBox(t.get("settings.dailyBackups", BackupService.DAILY_KEPT, backups));
        daily.setId("settings-daily-backups");
        daily.setSelected(!current.dailyBackupsOff());
        for (CheckBox wraps : new CheckBox[]{quotes, dashes, french, daily}) {
            wraps.setWrapText(true);
        }
        VBox content = new VBox(10, languageRows, restart, quotes, dashes, french,
                org.newsdesk.ui.common.Accessible.label(t.get("settings.boilerplate"), boilerplate), boilerplate, daily);
        ComboBox<org.newsdesk.model.PictureFetching> pictures = null;
        if (teamPictures != null) {
            pictures = org.newsdesk.ui.team.JoinTeamDialog.picturesChoice(t, teamPictures);
            pictures.setId("settings-team-pictures");
            GridPane teamRow = new GridPane();
            teamRow.setHgap(10);
            teamRow.addRow(0, org.newsdesk.ui.common.Accessible.label(t.get("team.pictures.label"), pictures), pictures);
            content.getChildren().add(teamRow);
        }
        ComboBox<org.newsdesk.model.PictureFetching> chosenPictures = pictures;
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        Dialogs.prepare(dialog, owner, t);
        dialog.setResultConverter(b -> {
            if (b == ButtonType.OK && chosenPictures != null && chosenPictures.getValue() != teamPictures) {
                onTeamPictures.accept(chosenPictures.getValue());
            }
            return b == ButtonType.OK ? current.withTyping(quotes.isSelected(),
                dashes.isSelected(), french.isSelected(), boilerplate.getText())
                .withDailyBackups(daily.isSelected()).withLanguage(language.getValue(), digits.getValue()) : null;
        });
        return dialog.showAndWait();
    }
}
