package org.newsdesk.ui.export;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsdesk.i18n.Messages;
import org.newsdesk.service.ExportFormat;
import org.newsdesk.ui.common.Dialogs;

/** File ▸ Export: which articles, which format, where; a progress bar and Cancel while it runs. */
public final class ExportDialog {
    private ExportDialog() {
    }

    /** Shows the dialog; returns the destination used last (to remember), or null if nothing ran. */
    public static String show(Window owner, Messages t, ExportViewModel model) {
        ButtonType exportType = new ButtonType(t.get("export.start"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(t.get("export.title"));
        dialog.getDialogPane().setId("export-dialog");
        model.setConfirmEmbargo(message -> {
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    t.get("export.embargo.ask", message), ButtonType.CANCEL, ButtonType.OK);
            ask.setHeaderText(t.get("export.embargo.header"));
            Dialogs.prepare(ask, dialog.getDialogPane().getScene().getWindow(), t);
            return ask.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
        });

        ToggleGroup scope = new ToggleGroup();
        RadioButton current = radio(t.get("export.scope.current"), ExportViewModel.Scope.CURRENT, scope, "export-current");
        current.setDisable(!model.hasCurrent());
        RadioButton listed = radio(t.get("export.scope.listed", model.listedCount()),
                ExportViewModel.Scope.LISTED, scope, "export-listed");
        RadioButton everything = radio(t.get("export.scope.everything"), ExportViewModel.Scope.EVERYTHING, scope,
                "export-everything");
        scope.selectToggle(model.scopeProperty().get() == ExportViewModel.Scope.CURRENT ? current : listed);
        scope.selectedToggleProperty().addListener((o, a, chosen) -> model.scopeProperty().set(
                (ExportViewModel.Scope) chosen.getUserData()));

        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId("export-format");
        format.getItems().setAll(ExportFormat.values());
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : switch (f) {
                    case HTML -> t.get("export.format.html");
                    case FRAGMENT -> t.get("export.format.fragment");
                    case JSON -> t.get("export.format.json");
                    case NINJS -> t.get("export.format.ninjs");
                    case BUNDLE -> t.get("export.format.bundle");
                    case MARKDOWN -> t.get("export.format.markdown");
                };
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        CheckBox revisions = new CheckBox(t.get("export.revisions"));
        revisions.setId("export-revisions");
        revisions.selectedProperty().bindBidirectional(model.withRevisionsProperty());
        revisions.visibleProperty().bind(format.valueProperty().isEqualTo(ExportFormat.JSON));

        CheckBox publish = new CheckBox(t.get("export.markPublished"));
        publish.setId("export-mark-published");
        publish.selectedProperty().bindBidirectional(model.markPublishedProperty());
        publish.visibleProperty().bind(format.valueProperty().isEqualTo(ExportFormat.BUNDLE));

        TextField destination = new TextField();
        destination.setId("export-destination");
        destination.setPrefColumnCount(32);
        destination.textProperty().bindBidirectional(model.destinationProperty());
        Button choose = new Button(t.get("export.choose"));
        choose.setOnAction(e -> choose(dialog.getDialogPane().getScene().getWindow(), model));
        HBox.setHgrow(destination, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(t.get("export.articles")), new VBox(4, current, listed, everything));
        grid.addRow(1, org.newsdesk.ui.common.Accessible.label(t.get("export.format"), format), new HBox(10, format, revisions, publish));
        grid.addRow(2, org.newsdesk.ui.common.Accessible.label(t.get("export.to"), destination), new HBox(6, destination, choose));
        VBox content = new VBox(12, grid, progress, message);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CLOSE, exportType);
        Dialogs.prepare(dialog, owner, t);

        Button export = (Button) dialog.getDialogPane().lookupButton(exportType);
        export.setId("export-start");
        export.disableProperty().bind(model.runningProperty());
        export.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open to show progress and the result
            model.start(() -> { });
        });
        Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setId("export-close");
        close.textProperty().bind(Bindings.when(model.runningProperty()).then(t.get("button.cancel")).otherwise(t.get("button.close")));
        close.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (model.runningProperty().get()) {
                e.consume();
                model.cancel();
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                e.consume();
                model.cancel();
            }
        });
        dialog.showAndWait();
        return model.destinationProperty().get();
    }

    private static RadioButton radio(String text, ExportViewModel.Scope value, ToggleGroup group, String id) {
        RadioButton b = new RadioButton(text);
        b.setUserData(value);
        b.setToggleGroup(group);
        b.setId(id);
        return b;
    }

    private static void choose(Window owner, ExportViewModel model) {
        String current = model.destinationProperty().get();
        File start = current.isBlank() ? null : Path.of(current).toFile();
        File chosen;
        if (model.writesOneFile()) {
            FileChooser chooser = new FileChooser();
            if (start != null) {
                File dir = start.isDirectory() ? start : start.getParentFile();
                if (dir != null && dir.isDirectory()) {
                    chooser.setInitialDirectory(dir);
                }
            }
            chosen = chooser.showSaveDialog(owner);
        } else {
            DirectoryChooser chooser = new DirectoryChooser();
            if (start != null && start.isDirectory()) {
                chooser.setInitialDirectory(start);
            }
            chosen = chooser.showDialog(owner);
        }
        if (chosen != null) {
            model.destinationProperty().set(chosen.getPath());
        }
    }
}
