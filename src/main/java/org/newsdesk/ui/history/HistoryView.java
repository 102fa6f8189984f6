package org.newsdesk.ui.history;

import org.newsdesk.i18n.Messages;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.RevisionRef;

/**
 * The History tab: the revisions (select one to open, restore or compare with the current text; select two to
 * compare them), "Changes since submitted" in one click, and the diff below.
 */
public final class HistoryView {
    private final Messages t;
    private final HistoryViewModel model;
    private final SplitPane root = new SplitPane();
    private final ListView<RevisionInfo> list = new ListView<>();
    private final DiffView diff;

    public HistoryView(Messages t, HistoryViewModel model) {
        this.t = t;
        this.model = model;
        this.diff = new DiffView(t);
        root.setId("history-panel");
        root.setOrientation(Orientation.VERTICAL);
        root.getStylesheets().add(HistoryView.class.getResource("history.css").toExternalForm());

        Button since = new Button(t.get("history.sinceSubmitted"), new FontIcon(Feather.GIT_PULL_REQUEST));
        since.setId("history-since-submitted");
        since.getStyleClass().add("accent");
        since.setMaxWidth(Double.MAX_VALUE);
        since.disableProperty().bind(model.sinceSubmittedProperty().isNull());
        since.setOnAction(e -> model.changesSinceSubmitted());

        list.setId("history-list");
        org.newsdesk.ui.common.Accessible.named(list, t.get("a11y.history.list"), t.get("a11y.history.list.help"));
        list.setItems(model.revisions());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new RevisionCell(t));
        list.setPlaceholder(new Label(t.get("history.none")));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        javafx.collections.ObservableList<RevisionInfo> selected = list.getSelectionModel().getSelectedItems();
        BooleanBinding one = Bindings.size(selected).isEqualTo(1);
        BooleanBinding two = Bindings.size(selected).isEqualTo(2);
        Button open = button(t.get("history.open"), Feather.EYE, "history-open", this::openSelected);
        open.disableProperty().bind(one.not());
        Button restore = button(t.get("history.restore"), Feather.ROTATE_CCW, "history-restore", () -> model.restore(first().number()));
        restore.disableProperty().bind(one.not());
        Button compare = button(t.get("history.compareCurrent"), Feather.COLUMNS, "history-compare", this::compareSelected);
        compare.textProperty().bind(Bindings.when(two).then(t.get("history.compareTwo")).otherwise(t.get("history.compareCurrent")));
        compare.disableProperty().bind(one.or(two).not());
        Button keep = button(t.get("history.keepCurrent"), Feather.CHECK, "history-keep-current",
                () -> model.keepCurrent(first().number()));
        keep.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> selected.size() == 1 && selected.get(0).isOpenConflict(), selected));
        keep.managedProperty().bind(keep.visibleProperty());
        FlowPane buttons = new FlowPane(6, 6, open, restore, compare, keep);

        Label message = new Label();
        message.setId("history-message");
        message.setWrapText(true);
        message.getStyleClass().add("history-message");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        VBox top = new VBox(8, since, list, buttons, message);
        top.getStyleClass().add("history-top");
        ScrollPane diffScroll = new ScrollPane(diff.node());
        diffScroll.setFitToWidth(true);
        diffScroll.getStyleClass().add("history-diff-scroll");
        root.getItems().addAll(top, diffScroll);
        root.setDividerPositions(0.45);

        model.diffProperty().addListener((o, a, d) -> {
            diff.show(d, model.diffTitleProperty().get());
            diffScroll.setVvalue(0);
        });
    }

    public Node node() {
        return root;
    }

    /** The diff on show (tests read the inserted and deleted words from it). */
    public DiffView diff() {
        return diff;
    }

    private RevisionInfo first() {
        return list.getSelectionModel().getSelectedItems().get(0);
    }

    private void openSelected() {
        if (list.getSelectionModel().getSelectedItems().size() != 1) {
            return;
        }
        int number = first().number();
        model.revision(number, revision -> {
            if (RevisionDialog.show(root.getScene().getWindow(), t, revision)) {
                model.restore(number);
            }
        });
    }

    private void compareSelected() {
        List<RevisionInfo> selected = List.copyOf(list.getSelectionModel().getSelectedItems());
        if (selected.size() == 1) {
            model.compare(RevisionRef.number(selected.get(0).number()), RevisionRef.CURRENT);
        } else if (selected.size() == 2) {
            int a = Math.min(selected.get(0).number(), selected.get(1).number());
            int b = Math.max(selected.get(0).number(), selected.get(1).number());
            model.compare(RevisionRef.number(a), RevisionRef.number(b));
        }
    }

    private static Button button(String text, Feather icon, String id, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
