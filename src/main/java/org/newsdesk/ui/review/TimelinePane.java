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
import org.newsdesk.ui.common.UiTimes;

/** The workflow timeline, newest first: from → to, who and when, and the note. */
final class TimelinePane extends VBox {
    private final VBox rows = new VBox(6);

    TimelinePane(ObservableList<StatusChange> steps) {
        super(6);
        rows.setId("review-timeline");
        steps.addListener((ListChangeListener<StatusChange>) c -> {
            List<Node> shown = new ArrayList<>(steps.stream().map(TimelinePane::row).toList());
            Collections.reverse(shown); // what happened last matters most
            rows.getChildren().setAll(shown);
        });
        Label title = new Label("Timeline");
        title.getStyleClass().add("review-title");
        getChildren().addAll(title, rows);
    }

    private static Node row(StatusChange step) {
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
}
