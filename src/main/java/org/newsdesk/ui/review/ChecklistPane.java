package org.newsdesk.ui.review;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.ChecklistItem;

/**
 * The pre-publish checklist: every rule with pass or fail and, for a failure, its reason, under a line saying
 * whether approval waits for it. While everything passes the rows fold away behind "Show the N checks".
 */
final class ChecklistPane extends VBox {
    private final org.newsdesk.i18n.Messages t;
    private final ObservableList<ChecklistItem> items;
    private final VBox rows = new VBox(3);
    private final Label summary = new Label();
    private final Hyperlink toggle = new Hyperlink();
    private boolean opened;

    ChecklistPane(org.newsdesk.i18n.Messages t, ObservableList<ChecklistItem> items) {
        super(6);
        this.t = t;
        this.items = items;
        rows.setId("review-checklist");
        rows.managedProperty().bind(rows.visibleProperty());
        summary.getStyleClass().add("review-muted");
        summary.setWrapText(true);
        toggle.setId("review-checklist-toggle");
        toggle.managedProperty().bind(toggle.visibleProperty());
        toggle.setOnAction(e -> {
            opened = !opened;
            show();
        });
        items.addListener((ListChangeListener<ChecklistItem>) c -> show());
        HBox line = new HBox(4, summary, toggle);
        line.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(t.get("checklist.title"));
        title.getStyleClass().add("review-title");
        getChildren().addAll(title, line, rows);
    }

    private void show() {
        rows.getChildren().setAll(items.stream().map(this::row).toList());
        long failed = items.stream().filter(ChecklistItem::failed).count();
        summary.setText(failed == 0 ? t.get("checklist.allPass") : t.get("checklist.failing", failed));
        rows.setVisible(failed > 0 || opened); // a failure always shows, with its reason
        toggle.setVisible(failed == 0 && !items.isEmpty());
        toggle.setText(opened ? t.get("checklist.hide") : t.get("checklist.show", items.size()));
    }

    private Node row(ChecklistItem item) {
        FontIcon icon = new FontIcon(switch (item.outcome()) {
            case PASSED -> Feather.CHECK_CIRCLE;
            case FAILED -> Feather.X_CIRCLE;
            case OFF -> Feather.MINUS_CIRCLE;
        });
        icon.getStyleClass().add("check-" + item.outcome().name().toLowerCase(Locale.ROOT));
        String description = t.get(item.rule().descriptionKey(), org.newsdesk.model.Article.HEADLINE_SOFT_LIMIT);
        Label rule = new Label(item.outcome() == ChecklistItem.Outcome.OFF ? t.get("checklist.off", description)
                : description);
        rule.setWrapText(true);
        VBox text = new VBox(1, rule);
        if (item.failed()) {
            Label why = new Label(item.sentence() == null ? "" : t.text(item.sentence()));
            why.setWrapText(true);
            why.getStyleClass().add("check-problem");
            text.getChildren().add(why);
        }
        HBox row = new HBox(6, icon, text);
        row.setId("check-" + item.rule().key());
        row.getStyleClass().addAll("check-row", item.failed() ? "failed" : "ok");
        return row;
    }
}
