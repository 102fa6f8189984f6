package org.newsdesk.ui.history;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.ui.library.StatusBadge;

/** One revision in the list: number, author and time; the note; the status it had; an open-conflict mark. */
final class RevisionCell extends ListCell<RevisionInfo> {
    private final Label number = new Label();
    private final Label byline = new Label();
    private final Label note = new Label();
    private final StatusBadge status = new StatusBadge();
    private final Label conflict = new Label();
    private final org.newsdesk.i18n.Messages t;
    private final VBox box;

    RevisionCell(org.newsdesk.i18n.Messages t) {
        this.t = t;
        conflict.setText(t.get("history.openConflict"));
        number.getStyleClass().add("revision-number");
        byline.getStyleClass().add("revision-byline");
        note.getStyleClass().add("revision-note");
        conflict.getStyleClass().add("revision-conflict");
        conflict.managedProperty().bind(conflict.visibleProperty());
        HBox top = new HBox(6, number, byline, status, conflict);
        top.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(2, top, note);
        getStyleClass().add("revision-cell");
    }

    @Override
    protected void updateItem(RevisionInfo item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        number.setText("#" + t.number(item.number()));
        byline.setText(item.author() + t.get("list.dot") + t.dateTime(item.createdAt(), java.time.ZoneId.systemDefault()));
        note.setText(item.note().isBlank() ? t.get("history.noNote")
                : org.newsdesk.ui.common.SystemNotes.shown(t, item.note()));
        status.show(item.status(), t);
        conflict.setVisible(item.isOpenConflict());
        setGraphic(box);
    }
}
