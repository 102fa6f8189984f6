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

/** Shows one revision read-only: its metadata and body as text. Offers to restore it. */
final class RevisionDialog {
    private RevisionDialog() {
    }

    /** True when the user chose to restore the revision. */
    static boolean show(Window owner, org.newsdesk.i18n.Messages t, Revision revision) {
        ButtonType restore = new ButtonType(t.get("revision.restore"), ButtonBar.ButtonData.LEFT);
        Dialog<ButtonType> dialog = new Dialog<>();
        String title = t.get("revision.title", t.number(revision.number()));
        dialog.setTitle(title);
        dialog.setHeaderText(title + t.get("list.dot") + revision.author() + t.get("list.dot")
                + t.dateTime(revision.createdAt(), java.time.ZoneId.systemDefault())
                + (revision.note().isBlank() ? "" : "\n" + org.newsdesk.ui.common.SystemNotes.shown(t, revision.note())));
        dialog.getDialogPane().setId("revision-dialog");
        dialog.getDialogPane().getStylesheets().add(RevisionDialog.class.getResource("history.css").toExternalForm());
        ScrollPane scroll = new ScrollPane(content(t, revision.snapshot()));
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 480);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CLOSE);
        org.newsdesk.ui.common.Dialogs.prepare(dialog, owner, t);
        return dialog.showAndWait().orElse(ButtonType.CLOSE) == restore;
    }

    private static VBox content(org.newsdesk.i18n.Messages t, Article a) {
        VBox box = new VBox(8);
        box.getStyleClass().add("revision-content");
        box.getChildren().add(text(a.headline().isBlank() ? t.get("revision.noHeadline") : a.headline(), "revision-headline"));
        if (!a.standfirst().isBlank()) {
            box.getChildren().add(text(a.standfirst(), "revision-standfirst"));
        }
        List<String> facts = new ArrayList<>();
        facts.add(t.get(a.status().nameKey()));
        facts.add(org.newsdesk.ui.common.Labels.language(t, a.language()));
        if (!a.dateline().isBlank()) {
            facts.add(a.dateline());
        }
        if (a.date() != null) {
            facts.add(t.date(a.date()));
        }
        if (!a.byline().isBlank()) {
            facts.add(t.get("revision.by", a.byline()));
        }
        if (!a.tags().isEmpty()) {
            facts.add(t.get("revision.tags", String.join(t.get("list.comma"), a.tags())));
        }
        if (a.embargo() != null) {
            facts.add(t.get("revision.embargo", t.dateTime(a.embargo().toInstant(), a.embargo().getOffset())));
        }
        box.getChildren().add(text(String.join(t.get("list.dot"), facts), "revision-facts"));
        for (Block block : a.body().blocks()) {
            String prefix = switch (block.type()) {
                case BULLET_ITEM, NUMBERED_ITEM -> "  ".repeat(block.level()) + "\u2022 ";
                case IMAGE -> t.get("revision.image") + " ";
                case TABLE -> t.get("revision.table") + " ";
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
