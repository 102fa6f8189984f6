package org.newsdesk.ui.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.newsdesk.model.StatusChange;

/** The workflow timeline, newest first: from → to, who and when, and the note. */
final class TimelinePane extends VBox {
    private final VBox rows = new VBox(6);
    private final org.newsdesk.i18n.Messages t;

    TimelinePane(org.newsdesk.i18n.Messages t, ObservableList<StatusChange> steps) {
        super(6);
        this.t = t;
        rows.setId("review-timeline");
        steps.addListener((ListChangeListener<StatusChange>) c -> {
            List<Node> shown = new ArrayList<>(steps.stream().map(this::row).toList());
            Collections.reverse(shown); // what happened last matters most
            rows.getChildren().setAll(shown);
        });
        Label title = new Label(t.get("timeline.title"));
        title.getStyleClass().add("review-title");
        getChildren().addAll(title, rows);
    }

    private Node row(StatusChange step) {
        Label what = new Label(ReviewTexts.step(t, step));
        what.getStyleClass().add("timeline-step");
        Label who = new Label(step.author() + t.get("list.dot") + t.dateTime(step.at(), java.time.ZoneId.systemDefault()));
        who.getStyleClass().add("review-muted");
        VBox row = new VBox(1, what, who);
        if (!step.note().isEmpty()) {
            Label note = new Label(org.newsdesk.ui.common.SystemNotes.shown(t, step.note()));
            note.setWrapText(true);
            note.getStyleClass().add("timeline-note");
            row.getChildren().add(note);
        }
        row.getStyleClass().addAll("timeline-row", "to-" + step.to().label());
        return row;
    }
}
