package org.newsdesk.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.i18n.Messages;

/**
 * The article's details (dateline, date, byline, language, tags, embargo, featured image) under one header
 * that folds them to a one-line summary, so the body keeps the room. Folded, the details still take part in
 * Tab: entering them from the field before opens them until the focus leaves them again.
 */
final class DetailsStrip {
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final VBox root = new VBox(6);
    private final Node content;
    private final Node firstField;
    private final Button header = new Button();
    /** True while the details are open only because the keyboard went into them. */
    private boolean openForFocus;

    DetailsStrip(Messages t, Node content, Node firstField, ObservableValue<DetailsSummary> details) {
        ObservableValue<String> summary = details.map(DetailsSummary::line);
        this.content = content;
        this.firstField = firstField;
        root.getStyleClass().add("details-strip");

        FontIcon chevron = new FontIcon(t.rightToLeft() ? Feather.CHEVRON_LEFT : Feather.CHEVRON_RIGHT);
        Label title = new Label(t.get("details.title"));
        title.getStyleClass().add("details-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        Label summaryLabel = new Label();
        summaryLabel.setId("details-summary");
        summaryLabel.getStyleClass().add("details-summary");
        summaryLabel.textProperty().bind(summary);
        summaryLabel.setTextOverrun(OverrunStyle.ELLIPSIS);
        summaryLabel.setMinWidth(0);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(details.map(DetailsSummary::full));
        summaryLabel.setTooltip(tip);
        HBox line = new HBox(8, chevron, title, summaryLabel);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summaryLabel, Priority.ALWAYS);

        header.setId("details-toggle");
        header.getStyleClass().addAll("flat", "details-header");
        header.setGraphic(line);
        header.setMaxWidth(Double.MAX_VALUE);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        header.setOnAction(e -> {
            openForFocus = false;
            open.set(!open.get());
        });

        content.managedProperty().bind(open);
        content.visibleProperty().bind(open);
        open.addListener((o, was, now) -> {
            chevron.setIconCode(now ? Feather.CHEVRON_DOWN : t.rightToLeft() ? Feather.CHEVRON_LEFT : Feather.CHEVRON_RIGHT);
            header.setAccessibleText(t.get(now ? "details.shown" : "details.folded", summary.getValue()));
        });
        summary.addListener((o, a, text) -> header.setAccessibleText(t.get(open.get() ? "details.shown"
                : "details.folded", text)));
        header.setAccessibleText(t.get("details.folded", summary.getValue()));
        header.setAccessibleHelp(t.get("details.help"));
        root.getChildren().addAll(header, content);
        root.sceneProperty().addListener((o, old, scene) -> watchFocus(scene));
    }

    Node node() {
        return root;
    }

    /** Shown or folded; the window remembers it between runs. */
    BooleanProperty openProperty() {
        return open;
    }

    /** Tab from the field before the details: into the first detail, opening them for as long as it takes. */
    void enterForward() {
        if (!open.get()) {
            openForFocus = true;
            open.set(true);
        }
        firstField.requestFocus();
    }

    /** Details opened by the keyboard fold again once the focus has left them. */
    private void watchFocus(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (openForFocus && now != null && !inside(now, content)) {
                openForFocus = false;
                open.set(false);
            }
        });
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return node == ancestor;
    }
}
