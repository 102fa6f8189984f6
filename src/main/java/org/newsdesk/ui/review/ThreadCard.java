package org.newsdesk.ui.review;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.Comment;
import org.newsdesk.model.CommentThread;

/**
 * One comment thread: who and when, the quoted words (click to find them in the body), the comment, its replies,
 * resolve or reopen, and a reply box. {@link #update} refreshes it in place, so a reply being typed survives
 * the reloads that follow every autosave.
 */
final class ThreadCard extends VBox {
    /** What the card asks its owner to do. */
    interface Actions {
        void reply(CommentThread thread, String text);

        void setResolved(CommentThread thread, boolean resolved);

        void reveal(CommentThread thread);
    }

    private final VBox content = new VBox(4);
    private final TextField replyField = new TextField();
    private final Button replyButton = new Button();
    private final org.newsdesk.i18n.Messages t;
    private final HBox replyRow = new HBox(6, replyField, replyButton);
    private final Actions actions;
    private CommentThread thread;

    ThreadCard(org.newsdesk.i18n.Messages t, CommentThread thread, Actions actions) {
        super(6);
        this.t = t;
        replyButton.setText(t.get("comments.reply.send"));
        this.actions = actions;
        getStyleClass().add("comment-thread");
        replyField.setPromptText(t.get("comments.reply.prompt"));
        replyField.getStyleClass().add("comment-reply-field");
        replyButton.getStyleClass().add("comment-reply");
        replyButton.disableProperty().bind(replyField.textProperty().map(String::isBlank));
        Runnable send = () -> {
            if (!replyField.getText().isBlank()) {
                this.actions.reply(this.thread, replyField.getText().strip());
                replyField.clear();
                replyRow.setVisible(false);
            }
        };
        replyButton.setOnAction(e -> send.run());
        replyField.setOnAction(e -> send.run());
        HBox.setHgrow(replyField, Priority.ALWAYS);
        replyRow.managedProperty().bind(replyRow.visibleProperty());
        replyRow.setVisible(false); // opened by the card's Reply button: closed boxes keep the list short
        getChildren().addAll(content, replyRow);
        update(thread);
    }

    void update(CommentThread newThread) {
        this.thread = newThread;
        Comment first = newThread.first();
        setId("comment-" + first.number());
        getStyleClass().remove("resolved");
        if (newThread.resolved()) {
            getStyleClass().add("resolved");
        }
        content.getChildren().setAll(byline(first));
        if (!first.quote().isEmpty()) {
            content.getChildren().add(quote(first));
        }
        content.getChildren().add(text(first.text()));
        for (Comment reply : newThread.replies()) {
            VBox box = new VBox(2, byline(reply), text(reply.text()));
            box.getStyleClass().add("comment-reply-box");
            content.getChildren().add(box);
        }
        content.getChildren().add(buttons(newThread.resolved()));
    }

    CommentThread thread() {
        return thread;
    }

    /** Below the thread, where a narrow panel leaves them room: Reply, Resolve or Reopen. */
    private HBox buttons(boolean resolved) {
        Button toggle = new Button(t.get(resolved ? "comments.reopen" : "comments.resolve"),
                new FontIcon(resolved ? Feather.ROTATE_CCW : Feather.CHECK));
        toggle.getStyleClass().addAll("flat", "small", resolved ? "comment-reopen" : "comment-resolve");
        toggle.setOnAction(e -> actions.setResolved(thread, !resolved));
        Button reply = new Button(t.get("comments.reply"), new FontIcon(Feather.CORNER_DOWN_RIGHT));
        reply.getStyleClass().addAll("flat", "small", "comment-open-reply");
        reply.setOnAction(e -> focusReply());
        HBox row = new HBox(2, reply, toggle);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("comment-buttons");
        return row;
    }

    private HBox byline(Comment c) {
        Label author = new Label(c.author());
        author.getStyleClass().add("comment-author");
        Label when = new Label(t.dateTime(c.createdAt(), java.time.ZoneId.systemDefault()));
        when.getStyleClass().add("comment-time");
        HBox row = new HBox(6, author, when);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    private Label quote(Comment first) {
        boolean lost = first.anchor().isGeneral();
        String quoted = t.get("comments.quote", ReviewTexts.shorten(first.quote(), 160));
        Label quote = new Label(lost ? t.get("comments.lost", quoted) : quoted);
        quote.getStyleClass().add("comment-quote");
        quote.setWrapText(true);
        if (!lost) {
            quote.setCursor(Cursor.HAND);
            quote.setOnMouseClicked(e -> actions.reveal(thread));
        }
        return quote;
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("comment-text");
        return label;
    }

    /** Opens the reply box and puts the caret in it. */
    void focusReply() {
        replyRow.setVisible(true);
        replyField.requestFocus();
    }
}
