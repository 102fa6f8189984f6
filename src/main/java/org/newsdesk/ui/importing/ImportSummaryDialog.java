package org.newsdesk.ui.importing;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Language;
import org.newsdesk.service.LanguageSource;
import org.newsdesk.ui.common.Dialogs;
import org.newsdesk.ui.common.Labels;

/**
 * What an import will bring, before it is stored: each article with its language (stated by the file or detected
 * from its text, and changeable here), and each picture left out with the reason. Import stores; Cancel stores
 * nothing.
 */
public final class ImportSummaryDialog {
    private ImportSummaryDialog() {
    }

    /** True when the user chose Import; the model then holds the languages and the web-picture choice. */
    public static boolean show(Window owner, Messages t, ImportSummaryViewModel model) {
        ButtonType importType = new ButtonType(t.get("importSummary.import"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(t.get("importSummary.title"));
        dialog.setHeaderText(t.get("importSummary.header", model.rows().size()));
        dialog.getDialogPane().setId("import-summary");

        GridPane articles = new GridPane();
        articles.setHgap(12);
        articles.setVgap(6);
        articles.addRow(0, bold(t.get("importSummary.file")), bold(t.get("importSummary.headline")),
                bold(t.get("importSummary.language")), bold(""));
        int row = 1;
        for (ImportSummaryViewModel.Row r : model.rows()) {
            ComboBox<Language> language = new ComboBox<>();
            language.getItems().setAll(model.languages(r));
            language.valueProperty().bindBidirectional(r.language());
            language.setConverter(new StringConverter<>() {
                @Override
                public String toString(Language l) {
                    return l == null ? "" : Labels.language(t, l) + " (" + l.tag() + ")";
                }

                @Override
                public Language fromString(String s) {
                    return null;
                }
            });
            language.setId("import-language-" + (row - 1));
            Label headline = new Label(r.headline());
            headline.setMaxWidth(360);
            Label file = new Label(r.file());
            Label source = new Label(source(t, r.source()));
            // Only the headline may shorten: the file, the language and where it came from are read in full
            for (javafx.scene.layout.Region whole : List.of(file, language, source)) {
                whole.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            articles.addRow(row++, file, headline, language, source);
        }
        VBox content = new VBox(10, articles);
        if (!model.warnings().isEmpty()) {
            Label title = new Label(t.get("importSummary.leftOut", model.warnings().size()));
            ListView<String> warnings = new ListView<>();
            warnings.getItems().setAll(model.warnings());
            warnings.setId("import-warnings");
            warnings.setPrefHeight(Math.min(200, 28 * model.warnings().size() + 8));
            content.getChildren().addAll(title, warnings);
        }
        if (model.hasWebPictures()) {
            CheckBox links = new CheckBox(t.get("importSummary.webLinks"));
            links.setId("import-web-links");
            links.selectedProperty().bindBidirectional(model.webPicturesAsLinksProperty());
            content.getChildren().add(links);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
        Dialogs.prepare(dialog, owner, t);
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == importType;
    }

    /** Where the article's language came from, as the dialog says it. */
    static String source(Messages t, LanguageSource source) {
        return t.get(switch (source) {
            case STATED -> "importSummary.source.stated";
            case DETECTED -> "importSummary.source.detected";
            case GIVEN -> "importSummary.source.given";
            case ASSUMED -> "importSummary.source.assumed";
            case CHANGED -> "importSummary.source.changed";
        });
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }
}
