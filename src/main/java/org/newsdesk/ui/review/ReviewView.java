package org.newsdesk.ui.review;

import org.newsdesk.i18n.Messages;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.CommentThread;
import org.newsdesk.model.WorkflowAction;
import org.newsdesk.ui.library.StatusBadge;

/**
 * The Review tab: status badge, the workflow steps open to the user (a refusal shows its reason under them), the
 * pre-publish checklist, the comment threads and the timeline, top to bottom in one scrolling column.
 */
public final class ReviewView {
    private final Messages t;
    private final ReviewViewModel model;
    private final VBox column = new VBox(14);
    private final ScrollPane root = new ScrollPane(column);
    private final FlowPane actionButtons = new FlowPane(6, 6);

    /** @param reveal selects a thread's words in the body */
    public ReviewView(Messages t, ReviewViewModel model, Consumer<CommentThread> reveal) {
        this.t = t;
        this.model = model;
        root.setId("review-panel");
        root.setFitToWidth(true);
        root.getStyleClass().add("review-panel");
        root.getStylesheets().add(ReviewView.class.getResource("review.css").toExternalForm());
        column.getStyleClass().add("review-column");
        column.getChildren().addAll(statusSection(), new ChecklistPane(t, model.checklist()),
                new CommentsPane(t, model, reveal), new TimelinePane(t, model.timeline()));
        column.visibleProperty().bind(model.loadedProperty());
    }

    public Node node() {
        return root;
    }

    // ---- status and steps ----------------------------------------------------------------------------------------

    private Node statusSection() {
        StatusBadge badge = new StatusBadge();
        badge.setId("review-status");
        model.statusProperty().addListener((o, a, status) -> {
            if (status != null) {
                badge.show(status, t);
            }
        });
        Label writer = new Label();
        writer.getStyleClass().add("review-muted");
        writer.textProperty().bind(model.writerProperty().map(w -> w.isEmpty() ? "" : t.get("review.writtenBy", w)));
        HBox head = new HBox(8, badge, writer);
        head.setAlignment(Pos.CENTER_LEFT);

        Label you = new Label();
        you.getStyleClass().add("review-muted");
        you.textProperty().bind(model.userProperty().map(u -> t.get("review.you", u.name(),
                t.get(u.role().nameKey()))));
        Label none = new Label();
        none.getStyleClass().add("review-muted");
        none.setWrapText(true);
        model.actions().addListener((ListChangeListener<WorkflowAction>) c -> showActions(none));
        model.loadedProperty().addListener((o, a, b) -> showActions(none));
        actionButtons.setId("review-actions");

        Label message = new Label();
        message.setId("review-message");
        message.getStyleClass().add("review-refusal");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        message.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        return new VBox(8, head, you, actionButtons, none, message);
    }

    private void showActions(Label none) {
        actionButtons.getChildren().setAll(model.actions().stream().map(this::actionButton).toList());
        none.setText(model.actions().isEmpty() ? t.get("review.noSteps") : "");
        none.setManaged(model.actions().isEmpty());
    }

    private Button actionButton(WorkflowAction action) {
        Button button = new Button(t.get(action.nameKey()) + (action.requiresNote() ? "\u2026" : ""));
        button.setId("review-" + action.label());
        button.getStyleClass().add(switch (action) {
            case SUBMIT, APPROVE, PUBLISH -> "accent";
            case REQUEST_CHANGES -> "warning";
            default -> "review-step";
        });
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(e -> {
            if (!action.requiresNote()) {
                model.take(action, null);
                return;
            }
            TextPrompt.ask(root.getScene().getWindow(), t, t.get(action.nameKey()), t.get("review.note.header"), "",
                    t.get("review.note.prompt"), t.get(action.nameKey()))
                    .ifPresent(note -> model.take(action, note));
        });
        return button;
    }

}
