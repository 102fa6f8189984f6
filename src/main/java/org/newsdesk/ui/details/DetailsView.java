package org.newsdesk.ui.details;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Shows {@link DetailsViewModel} as a two-column list of facts; values can be selected and copied. */
public final class DetailsView {
    private final GridPane grid = new GridPane();
    private int row;

    public DetailsView(org.newsdesk.i18n.Messages t, DetailsViewModel model) {
        grid.getStyleClass().add("details-grid");
        grid.setHgap(12);
        grid.setVgap(2);
        add(t.get("detailsTab.id"), model.idProperty(), "detail-id");
        add(t.get("detailsTab.slug"), model.slugProperty(), "detail-slug");
        add(t.get("detailsTab.status"), model.statusProperty(), "detail-status");
        add(t.get("detailsTab.created"), model.createdProperty(), "detail-created");
        add(t.get("detailsTab.updated"), model.updatedProperty(), "detail-updated");
        add(t.get("detailsTab.revisions"), model.revisionsProperty(), "detail-revisions");
        add(t.get("detailsTab.version"), model.versionProperty(), "detail-version");
    }

    private void add(String name, ObservableValue<String> value, String id) {
        Label key = new Label(name);
        key.getStyleClass().add("detail-key");
        javafx.scene.control.TextField text = new javafx.scene.control.TextField();
        text.setEditable(false);
        text.getStyleClass().addAll("detail-value", "flat");
        text.setId(id);
        text.textProperty().bind(value);
        text.setFocusTraversable(false);
        grid.add(key, 0, row++);
        grid.add(text, 0, row++);
        text.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.GridPane.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
    }

    public Node node() {
        return grid;
    }
}
