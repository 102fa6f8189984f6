package org.newsdesk.ui.dialogs;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.TagUsage;
import org.newsdesk.ui.common.Dialogs;

/**
 * Rename, merge (rename onto an existing name) and delete tags, each showing how many articles use it.
 */
public final class TagManagerDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final ObservableList<TagUsage> rows = FXCollections.observableArrayList();

    public TagManagerDialog(Window owner, Messages t, BiConsumer<String, String> rename, Consumer<String> delete) {
        dialog.setTitle(t.get("tagManager.title"));
        dialog.setHeaderText(t.get("tagManager.header"));
        TableView<TagUsage> table = new TableView<>(rows);
        table.setId("tag-table");
        table.setAccessibleText(t.get("tagManager.title"));
        TableColumn<TagUsage, String> name = new TableColumn<>(t.get("tagManager.column.tag"));
        name.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(260);
        TableColumn<TagUsage, Integer> count = new TableColumn<>(t.get("tagManager.column.articles"));
        count.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().articles()));
        table.getColumns().addAll(List.of(name, count));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button renameButton = new Button(t.get("tagManager.rename"));
        renameButton.setId("tag-rename");
        renameButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        renameButton.setOnAction(e -> {
            TagUsage tag = table.getSelectionModel().getSelectedItem();
            TextInputDialog ask = new TextInputDialog(tag.name());
            ask.setTitle(t.get("tagManager.title"));
            ask.setHeaderText(t.get("tagManager.rename.header", tag.name(), tag.articles()));
            Dialogs.prepare(ask, dialog.getDialogPane().getScene().getWindow(), t);
            Optional<String> to = ask.showAndWait();
            to.filter(n -> !n.isBlank() && !n.equals(tag.name())).ifPresent(n -> rename.accept(tag.name(), n));
        });
        Button deleteButton = new Button(t.get("tagManager.delete"));
        deleteButton.setId("tag-delete");
        deleteButton.getStyleClass().add("danger");
        deleteButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.setOnAction(e -> {
            TagUsage tag = table.getSelectionModel().getSelectedItem();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                    t.get("tagManager.delete.confirm", tag.name(), tag.articles()), ButtonType.CANCEL, ButtonType.OK);
            Dialogs.prepare(confirm, dialog.getDialogPane().getScene().getWindow(), t);
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
                delete.accept(tag.name());
            }
        });
        dialog.getDialogPane().setContent(new VBox(8, table, new HBox(8, renameButton, deleteButton)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Dialogs.prepare(dialog, owner, t);
    }

    public void show(List<TagUsage> tags) {
        rows.setAll(tags);
        dialog.showAndWait();
    }

    public void update(List<TagUsage> tags) {
        rows.setAll(tags);
    }
}
