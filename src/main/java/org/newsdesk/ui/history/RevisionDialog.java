package org.newsdesk.ui.history;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Revision;
import org.newsdesk.ui.common.UiTimes;

/** Shows one revision read-only: its metadata and body as text. Offers to restore it. */
final class RevisionDialog {
    static final ButtonType RESTORE = new ButtonType("Restore this revision", ButtonBar.ButtonData.LEFT);

    private RevisionDialog() {
    }

    /** True when the user chose to restore the revision. */
    static boolean show(Window owner, Revision revision) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Revision " + revision.number());
        dialog.setHeaderText("Revision " + revision.number() + " \u00B7 " + revision.author() + " \u00B7 "
                + UiTimes.format(revision.createdAt()) + (revision.note().isBlank() ? "" : "\n" + revision.note()));
        dialog.getDialogPane().setId("revision-dialog");
        dialog.getDialogPane().getStylesheets().add(RevisionDialog.class.getResource("history.css").toExternalForm());
        ScrollPane scroll = new ScrollPane(content(revision.snapshot()));
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 480);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().addAll(RESTORE, ButtonType.CLOSE);
        return dialog.showAndWait().orElse(ButtonType.CLOSE) == RESTORE;
    }

    private static VBox content(Article a) {
        VBox box = new VBox(8);
        box.getStyleClass().add("revision-content");
        box.getChildren().add(text(a.headline().isBlank() ? "(no headline)" : a.headline(), "revision-headline"));
        if (!a.standfirst().isBlank()) {
            box.getChildren().add(text(a.standfirst(), "revision-standfirst"));
        }
        List<String> facts = new ArrayList<>();
        facts.add(a.status().displayName());
        facts.add(a.language().tag());
        if (!a.dateline().isBlank()) {
            facts.add(a.dateline());
        }
        if (a.date() != null) {
            facts.add(a.date().toString());
        }
        if (!a.byline().isBlank()) {
            facts.add("by " + a.byline());
        }
        if (!a.tags().isEmpty()) {
            facts.add("tags: " + String.join(", ", a.tags()));
        }
        if (a.embargo() != null) {
            facts.add("embargoed until " + a.embargo());
        }
        box.getChildren().add(text(String.join(" \u00B7 ", facts), "revision-facts"));
        for (Block block : a.body().blocks()) {
            String prefix = switch (block.type()) {
                case BULLET_ITEM, NUMBERED_ITEM -> "  ".repeat(block.level()) + "\u2022 ";
                case IMAGE -> "[image] ";
                case TABLE -> "[table] ";
                default -> "";
            };
            box.getChildren().add(text(prefix + block.text(), "revision-block-" + block.type().name().toLowerCase()));
        }
        return box;
    }

    private static Label text(String s, String styleClass) {
        Label label = new Label(s);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
