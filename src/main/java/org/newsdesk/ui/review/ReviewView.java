package org.newsdesk.ui.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.ChecklistItem;
import org.newsdesk.model.CommentThread;
import org.newsdesk.model.StatusChange;
import org.newsdesk.model.WorkflowAction;
import org.newsdesk.ui.common.UiTimes;
import org.newsdesk.ui.library.StatusBadge;

/**
 * The Review tab: status badge, the workflow steps open to the user (a refusal shows its reason under them), the
 * pre-publish checklist, the comment threads and the timeline, top to bottom in one scrolling column.
 */
public final class ReviewView {
    private final ReviewViewModel model;
    private final VBox column = new VBox(14);
    private final ScrollPane root = new ScrollPane(column);
    private final FlowPane actionButtons = new FlowPane(6, 6);
    private final VBox checklist = new VBox(3);
    private final Label checklistSummary = new Label();
    private final javafx.scene.control.Hyperlink checklistToggle = new javafx.scene.control.Hyperlink();
    private boolean checklistOpened;
    private final VBox threads = new VBox(8);
    private final Label commentsTitle = new Label("Comments");
    private final CheckBox showResolved = new CheckBox("Show resolved");
    private final VBox timeline = new VBox(6);
    private final Map<UUID, ThreadCard> cards = new LinkedHashMap<>();
    private final ThreadCard.Actions cardActions;

    /** @param reveal selects a thread's words in the body */
    public ReviewView(ReviewViewModel model, Consumer<CommentThread> reveal) {
        this.model = model;
        this.cardActions = new ThreadCard.Actions() {
            @Override
            public void reply(CommentThread thread, String text) {
                model.reply(thread, text);
            }

            @Override
            public void setResolved(CommentThread thread, boolean resolved) {
                model.setResolved(thread, resolved);
            }

            @Override
            public void reveal(CommentThread thread) {
                reveal.accept(thread);
            }
        };
        root.setId("review-panel");
        root.setFitToWidth(true);
        root.getStyleClass().add("review-panel");
        root.getStylesheets().add(ReviewView.class.getResource("review.css").toExternalForm());
        column.getStyleClass().add("review-column");
        column.getChildren().addAll(statusSection(), checklistSection(), commentsSection(), timelineSection());
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
                badge.show(status);
            }
        });
        Label writer = new Label();
        writer.getStyleClass().add("review-muted");
        writer.textProperty().bind(model.writerProperty().map(w -> w.isEmpty() ? "" : "written by " + w));
        HBox head = new HBox(8, badge, writer);
        head.setAlignment(Pos.CENTER_LEFT);

        Label you = new Label();
        you.getStyleClass().add("review-muted");
        you.textProperty().bind(model.userProperty().map(u -> "You: " + u.name() + " ("
                + u.role().label().replace('-', ' ') + ")"));
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
        none.setText(model.actions().isEmpty() ? "No workflow step is open to you on this article now." : "");
        none.setManaged(model.actions().isEmpty());
    }

    private Button actionButton(WorkflowAction action) {
        Button button = new Button(action.displayName() + (action.requiresNote() ? "\u2026" : ""));
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
            TextPrompt.ask(root.getScene().getWindow(), action.displayName(),
                    "What should change? The writer sees this note on the timeline.", "",
                    "e.g. Shorten the standfirst and confirm the minister's title.", action.displayName())
                    .ifPresent(note -> model.take(action, note));
        });
        return button;
    }

    // ---- checklist -----------------------------------------------------------------------------------------------

    private Node checklistSection() {
        checklist.setId("review-checklist");
        checklistSummary.getStyleClass().add("review-muted");
        checklistSummary.setWrapText(true);
        model.checklist().addListener((ListChangeListener<ChecklistItem>) c -> showChecklist());
        checklist.managedProperty().bind(checklist.visibleProperty());
        checklistToggle.setId("review-checklist-toggle");
        checklistToggle.managedProperty().bind(checklistToggle.visibleProperty());
        checklistToggle.setOnAction(e -> {
            checklistOpened = !checklistOpened;
            showChecklist();
        });
        HBox summary = new HBox(4, checklistSummary, checklistToggle);
        summary.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title("Pre-publish checklist"), summary, checklist);
    }

    private void showChecklist() {
        checklist.getChildren().setAll(model.checklist().stream().map(ReviewView::checklistRow).toList());
        long failed = model.checklist().stream().filter(ChecklistItem::failed).count();
        checklistSummary.setText(failed == 0 ? "Every check passes."
                : failed + (failed == 1 ? " check fails" : " checks fail") + ": an editor can approve once "
                + (failed == 1 ? "it passes." : "they pass."));
        // while everything passes the rows fold away; a failure always shows them, with its reason
        checklist.setVisible(failed > 0 || checklistOpened);
        checklistToggle.setVisible(failed == 0 && !model.checklist().isEmpty());
        checklistToggle.setText(checklistOpened ? "Hide the checks" : "Show the " + model.checklist().size() + " checks");
    }

    private static Node checklistRow(ChecklistItem item) {
        FontIcon icon = new FontIcon(switch (item.outcome()) {
            case PASSED -> Feather.CHECK_CIRCLE;
            case FAILED -> Feather.X_CIRCLE;
            case OFF -> Feather.MINUS_CIRCLE;
        });
        icon.getStyleClass().add("check-" + item.outcome().name().toLowerCase(java.util.Locale.ROOT));
        Label rule = new Label(item.rule().description() + (item.outcome() == ChecklistItem.Outcome.OFF
                ? " (switched off)" : ""));
        rule.setWrapText(true);
        VBox text = new VBox(1, rule);
        if (item.failed()) {
            Label why = new Label(item.problem());
            why.setWrapText(true);
            why.getStyleClass().add("check-problem");
            text.getChildren().add(why);
        }
        HBox row = new HBox(6, icon, text);
        row.setId("check-" + item.rule().key());
        row.getStyleClass().addAll("check-row", item.failed() ? "failed" : "ok");
        return row;
    }

    // ---- comments ------------------------------------------------------------------------------------------------

    private Node commentsSection() {
        threads.setId("review-comments");
        showResolved.setId("review-show-resolved");
        showResolved.selectedProperty().addListener((o, a, b) -> showThreads());
        model.commentsProperty().addListener((o, a, b) -> showThreads());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, commentsTitle, spacer, showResolved);
        head.setAlignment(Pos.CENTER_LEFT);
        commentsTitle.getStyleClass().add("review-title");
        Label hint = new Label("Select words in the body and press Ctrl+Alt+M to comment on them.");
        hint.getStyleClass().add("review-muted");
        hint.setWrapText(true);

        TextArea general = new TextArea();
        general.setId("review-general-comment");
        general.setPromptText("A comment on the whole article\u2026");
        general.setWrapText(true);
        general.setPrefRowCount(1);
        HBox.setHgrow(general, Priority.ALWAYS);
        Button send = new Button("Comment", new FontIcon(Feather.MESSAGE_SQUARE));
        send.setId("review-send-comment");
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.disableProperty().bind(general.textProperty().map(String::isBlank));
        send.setOnAction(e -> {
            model.commentOnArticle(general.getText().strip());
            general.clear();
        });
        HBox sendRow = new HBox(6, general, send);
        sendRow.setAlignment(Pos.BOTTOM_RIGHT);
        return new VBox(6, head, hint, threads, sendRow);
    }

    /** Updates cards in place (keyed by thread) so reply boxes keep what is being typed. */
    private void showThreads() {
        CommentsShown shown = model.commentsProperty().get();
        long resolved = shown.threads().stream().filter(CommentThread::resolved).count();
        commentsTitle.setText("Comments (" + shown.openCount() + " open" + (resolved > 0 ? ", " + resolved
                + " resolved)" : ")"));
        Map<UUID, ThreadCard> kept = new LinkedHashMap<>();
        for (CommentThread thread : shown.threads()) {
            if (thread.resolved() && !showResolved.isSelected()) {
                continue;
            }
            ThreadCard card = cards.get(thread.first().id());
            if (card == null) {
                card = new ThreadCard(thread, cardActions);
            } else if (!card.thread().equals(thread)) {
                card.update(thread);
            }
            kept.put(thread.first().id(), card);
        }
        cards.clear();
        cards.putAll(kept);
        threads.getChildren().setAll(kept.values());
        if (kept.isEmpty()) {
            Label none = new Label(shown.threads().isEmpty() ? "No comments yet." : "Every comment is resolved.");
            none.getStyleClass().add("review-muted");
            threads.getChildren().add(none);
        }
    }

    // ---- timeline ------------------------------------------------------------------------------------------------

    private Node timelineSection() {
        timeline.setId("review-timeline");
        model.timeline().addListener((ListChangeListener<StatusChange>) c -> {
            java.util.List<Node> rows = new java.util.ArrayList<>(model.timeline().stream().map(ReviewView::timelineRow).toList());
            java.util.Collections.reverse(rows); // newest first: what happened last matters most
            timeline.getChildren().setAll(rows);
        });
        return new VBox(6, title("Timeline"), timeline);
    }

    private static Node timelineRow(StatusChange step) {
        Label what = new Label(ReviewTexts.step(step));
        what.getStyleClass().add("timeline-step");
        Label who = new Label(step.author() + " \u00B7 " + UiTimes.format(step.at()));
        who.getStyleClass().add("review-muted");
        VBox row = new VBox(1, what, who);
        if (!step.note().isEmpty()) {
            Label note = new Label(step.note());
            note.setWrapText(true);
            note.getStyleClass().add("timeline-note");
            row.getChildren().add(note);
        }
        row.getStyleClass().addAll("timeline-row", "to-" + step.to().label());
        return row;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("review-title");
        return label;
    }
}
