package org.newsdesk.ui.dialogs;

import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.ArticleSummary;
import org.newsdesk.ui.common.Dialogs;

/** Lists trashed articles; restore the selected ones, or empty the trash after a confirmation. */
public final class TrashDialog {
    private TrashDialog() {
    }

    public static void show(Window owner, Messages t, List<ArticleSummary> trashed, BiConsumer<List<UUID>, Runnable> restore,
                            Runnable emptyTrash) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(t.get("trash.title"));
        dialog.setHeaderText(trashed.isEmpty() ? t.get("trash.empty") : t.get("trash.count", trashed.size()));
        ListView<ArticleSummary> list = new ListView<>(FXCollections.observableArrayList(trashed));
        list.setId("trash-list");
        list.setAccessibleText(t.get("a11y.trash.list"));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ArticleSummary a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : (a.headline().isBlank() ? t.get("article.untitled") : a.headline())
                        + "  (" + a.language().tag() + ")");
            }
        });
        Button restoreButton = new Button(t.get("trash.restore"));
        restoreButton.setId("trash-restore");
        restoreButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restoreButton.setOnAction(e -> {
            List<ArticleSummary> chosen = List.copyOf(list.getSelectionModel().getSelectedItems());
            restore.accept(chosen.stream().map(ArticleSummary::id).toList(), () -> list.getItems().removeAll(chosen));
        });
        Button empty = new Button(t.get("trash.emptyTrash"));
        empty.setId("trash-empty");
        empty.getStyleClass().add("danger");
        empty.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(list.getItems()));
        empty.setOnAction(e -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, t.get("trash.confirm", list.getItems().size()),
                    ButtonType.CANCEL, ButtonType.OK);
            Dialogs.prepare(confirm, dialog.getDialogPane().getScene().getWindow(), t);
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
                emptyTrash.run();
                list.getItems().clear();
            }
        });
        dialog.getDialogPane().setContent(new VBox(8, list, new HBox(8, restoreButton, empty)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Dialogs.prepare(dialog, owner, t);
        dialog.showAndWait();
    }
}
