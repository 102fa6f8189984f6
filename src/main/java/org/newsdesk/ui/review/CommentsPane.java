package org.newsdesk.ui.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.CommentThread;

/**
 * The comment threads (resolved ones on request) and a box for a comment on the whole article. Cards are kept per
 * thread and updated in place, so a reply being typed survives the reload that follows every autosave.
 */
final class CommentsPane extends VBox {
    private final org.newsdesk.i18n.Messages t;
    private final ReviewViewModel model;
    private final VBox threads = new VBox(8);
    private final Label title = new Label();
    private final CheckBox showResolved = new CheckBox();
    private final Map<UUID, ThreadCard> cards = new LinkedHashMap<>();
    private final ThreadCard.Actions cardActions;

    CommentsPane(org.newsdesk.i18n.Messages t, ReviewViewModel model, Consumer<CommentThread> reveal) {
        super(6);
        this.t = t;
        title.setText(t.get("comments.title"));
        showResolved.setText(t.get("comments.showResolved"));
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
        threads.setId("review-comments");
        showResolved.setId("review-show-resolved");
        showResolved.selectedProperty().addListener((o, a, b) -> show());
        model.commentsProperty().addListener((o, a, b) -> show());
        title.getStyleClass().add("review-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, showResolved);
        head.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(t.get("comments.hint"));
        hint.getStyleClass().add("review-muted");
        hint.setWrapText(true);
        getChildren().addAll(head, hint, threads, generalComment());
    }

    private HBox generalComment() {
        TextArea general = new TextArea();
        general.setId("review-general-comment");
        general.setAccessibleText(t.get("a11y.review.general"));
        general.setPromptText(t.get("comments.general.prompt"));
        general.setWrapText(true);
        general.setPrefRowCount(1);
        HBox.setHgrow(general, Priority.ALWAYS);
        Button send = new Button(t.get("comments.send"), new FontIcon(Feather.MESSAGE_SQUARE));
        send.setId("review-send-comment");
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.disableProperty().bind(general.textProperty().map(String::isBlank));
        send.setOnAction(e -> {
            model.commentOnArticle(general.getText().strip());
            general.clear();
        });
        HBox row = new HBox(6, general, send);
        row.setAlignment(Pos.BOTTOM_RIGHT);
        return row;
    }

    private void show() {
        CommentsShown shown = model.commentsProperty().get();
        long resolved = shown.threads().stream().filter(CommentThread::resolved).count();
        title.setText(resolved > 0 ? t.get("comments.countResolved", shown.openCount(), resolved)
                : t.get("comments.count", shown.openCount()));
        Map<UUID, ThreadCard> kept = new LinkedHashMap<>();
        for (CommentThread thread : shown.threads()) {
            if (thread.resolved() && !showResolved.isSelected()) {
                continue;
            }
            ThreadCard card = cards.get(thread.first().id());
            if (card == null) {
                card = new ThreadCard(t, thread, cardActions);
            } else if (!card.thread().equals(thread)) {
                card.update(thread);
            }
            kept.put(thread.first().id(), card);
        }
        cards.clear();
        cards.putAll(kept);
        threads.getChildren().setAll(kept.values());
        if (kept.isEmpty()) {
            Label none = new Label(t.get(shown.threads().isEmpty() ? "comments.none" : "comments.allResolved"));
            none.getStyleClass().add("review-muted");
            threads.getChildren().add(none);
        }
    }
}
