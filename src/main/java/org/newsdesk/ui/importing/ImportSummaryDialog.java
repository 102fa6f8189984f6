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
import org.newsdesk.model.Language;

/**
 * What an import will bring, before it is stored: each article with its language (stated by the file or detected
 * from its text, and changeable here), and each picture left out with the reason. Import stores; Cancel stores
 * nothing.
 */
public final class ImportSummaryDialog {
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private ImportSummaryDialog() {
    }

    /** True when the user chose Import; the model then holds the languages and the web-picture choice. */
    public static boolean show(Window owner, ImportSummaryViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import");
        int n = model.rows().size();
        dialog.setHeaderText(n == 1 ? "1 article to import" : n + " articles to import");
        dialog.getDialogPane().setId("import-summary");

        GridPane articles = new GridPane();
        articles.setHgap(12);
        articles.setVgap(6);
        articles.addRow(0, bold("File"), bold("Headline"), bold("Language"), bold(""));
        int row = 1;
        for (ImportSummaryViewModel.Row r : model.rows()) {
            ComboBox<Language> language = new ComboBox<>();
            language.getItems().setAll(model.languages(r));
            language.valueProperty().bindBidirectional(r.language());
            language.setConverter(new StringConverter<>() {
                @Override
                public String toString(Language l) {
                    return l == null ? "" : l.locale().getDisplayLanguage(java.util.Locale.ENGLISH) + " (" + l.tag() + ")";
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
            Label source = new Label(r.source().words());
            // Only the headline may shorten: the file, the language and where it came from are read in full
            for (javafx.scene.layout.Region whole : List.of(file, language, source)) {
                whole.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            articles.addRow(row++, file, headline, language, source);
        }
        VBox content = new VBox(10, articles);
        if (!model.warnings().isEmpty()) {
            Label title = new Label(model.warnings().size() == 1 ? "1 picture will be left out:"
                    : model.warnings().size() + " pictures will be left out:");
            ListView<String> warnings = new ListView<>();
            warnings.getItems().setAll(model.warnings());
            warnings.setId("import-warnings");
            warnings.setPrefHeight(Math.min(200, 28 * model.warnings().size() + 8));
            content.getChildren().addAll(title, warnings);
        }
        if (model.hasWebPictures()) {
            CheckBox links = new CheckBox("Keep pictures that are on the web as links (they are never fetched)");
            links.setId("import-web-links");
            links.selectedProperty().bindBidirectional(model.webPicturesAsLinksProperty());
            content.getChildren().add(links);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == IMPORT;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }
}
