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
import org.newsdesk.model.TagUsage;

/**
 * Rename, merge (rename onto an existing name) and delete tags, each showing how many articles use it.
 */
public final class TagManagerDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final ObservableList<TagUsage> rows = FXCollections.observableArrayList();

    public TagManagerDialog(Window owner, BiConsumer<String, String> rename, Consumer<String> delete) {
        dialog.initOwner(owner);
        dialog.setTitle("Tags");
        dialog.setHeaderText("Rename a tag onto an existing name to merge the two.");
        TableView<TagUsage> table = new TableView<>(rows);
        table.setId("tag-table");
        TableColumn<TagUsage, String> name = new TableColumn<>("Tag");
        name.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(260);
        TableColumn<TagUsage, Integer> count = new TableColumn<>("Articles");
        count.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().articles()));
        table.getColumns().addAll(List.of(name, count));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button renameButton = new Button("Rename or merge…");
        renameButton.setId("tag-rename");
        renameButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        renameButton.setOnAction(e -> {
            TagUsage tag = table.getSelectionModel().getSelectedItem();
            TextInputDialog ask = new TextInputDialog(tag.name());
            ask.initOwner(dialog.getDialogPane().getScene().getWindow());
            ask.setHeaderText("New name for \u201C" + tag.name() + "\u201D (" + tag.articles() + " articles)");
            Optional<String> to = ask.showAndWait();
            to.filter(t -> !t.isBlank() && !t.equals(tag.name())).ifPresent(t -> rename.accept(tag.name(), t));
        });
        Button deleteButton = new Button("Delete…");
        deleteButton.setId("tag-delete");
        deleteButton.getStyleClass().add("danger");
        deleteButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.setOnAction(e -> {
            TagUsage tag = table.getSelectionModel().getSelectedItem();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Remove \u201C" + tag.name() + "\u201D from "
                    + tag.articles() + " article(s)?", ButtonType.CANCEL, ButtonType.OK);
            confirm.initOwner(dialog.getDialogPane().getScene().getWindow());
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
                delete.accept(tag.name());
            }
        });
        dialog.getDialogPane().setContent(new VBox(8, table, new HBox(8, renameButton, deleteButton)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    public void show(List<TagUsage> tags) {
        rows.setAll(tags);
        dialog.showAndWait();
    }

    public void update(List<TagUsage> tags) {
        rows.setAll(tags);
    }
}
