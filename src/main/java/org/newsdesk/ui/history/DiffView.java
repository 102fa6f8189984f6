package org.newsdesk.ui.history;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.newsdesk.model.ArticleDiff;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockDiff;
import org.newsdesk.model.DiffSegment;
import org.newsdesk.model.FieldChange;

/**
 * An {@link ArticleDiff} shown inline: changed metadata fields first, then the changed blocks with inserted words
 * in green (underlined) and deleted words in red (struck through). Runs of unchanged blocks fold into one line.
 */
public final class DiffView {
    private final VBox root = new VBox(8);
    private final org.newsdesk.i18n.Messages t;

    public DiffView(org.newsdesk.i18n.Messages t) {
        this.t = t;
        root.getStyleClass().add("diff-view");
        root.setId("history-diff");
    }

    public Node node() {
        return root;
    }

    public void show(ArticleDiff diff, String title) {
        root.getChildren().clear();
        if (diff == null) {
            return;
        }
        Label heading = new Label(title);
        heading.setId("history-diff-title");
        heading.getStyleClass().add("diff-title");
        heading.setWrapText(true);
        root.getChildren().add(heading);
        if (diff.isEmpty()) {
            Label none = new Label(t.get("diff.none"));
            none.setId("history-diff-empty");
            none.getStyleClass().add("diff-muted");
            root.getChildren().add(none);
            return;
        }
        for (FieldChange change : diff.metadata()) {
            root.getChildren().add(field(change));
        }
        int unchanged = 0;
        for (BlockDiff block : diff.blocks()) {
            if (block.change() == BlockDiff.Change.UNCHANGED) {
                unchanged++;
                continue;
            }
            foldUnchanged(unchanged);
            unchanged = 0;
            root.getChildren().add(block(block));
        }
        foldUnchanged(unchanged);
    }

    private void foldUnchanged(int count) {
        if (count > 0) {
            Label fold = new Label(t.get("diff.unchanged", count));
            fold.getStyleClass().add("diff-muted");
            root.getChildren().add(fold);
        }
    }

    private Node field(FieldChange change) {
        String key = "diff.field." + change.field();
        Label name = new Label(t.has(key) ? t.get(key) : capitalise(change.field()));
        name.getStyleClass().add("diff-field-name");
        VBox box = new VBox(2, name, flow(change.segments()));
        box.getStyleClass().addAll("diff-block", "diff-field");
        return box;
    }

    private Node block(BlockDiff diff) {
        Block shown = diff.after() != null ? diff.after() : diff.before();
        VBox box = new VBox(2);
        String kind = switch (diff.change()) {
            case ADDED -> t.get("diff.added", blockName(shown));
            case REMOVED -> t.get("diff.removed", blockName(shown));
            default -> t.get(diff.formattingOnly() ? "diff.formatting" : "diff.changed", blockName(shown));
        };
        Label label = new Label(kind);
        label.getStyleClass().add("diff-block-kind");
        box.getChildren().addAll(label, flow(diff.segments()));
        box.getStyleClass().addAll("diff-block", "diff-" + diff.change().name().toLowerCase(Locale.ROOT));
        return box;
    }

    private TextFlow flow(List<DiffSegment> segments) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("diff-text");
        DiffSegment previous = null;
        for (DiffSegment segment : segments) {
            if (previous != null && previous.kind() == DiffSegment.Kind.DELETED
                    && segment.kind() == DiffSegment.Kind.INSERTED && !previous.text().endsWith(" ")
                    && !segment.text().startsWith(" ")) {
                Text gap = new Text(" "); // "Forty" replaced by "Thirty-eight" must not read "FortyThirty-eight"
                gap.getStyleClass().add("diff-gap");
                flow.getChildren().add(gap);
            }
            previous = segment;
            Text text = new Text(segment.text());
            text.getStyleClass().add("diff-" + segment.kind().name().toLowerCase(Locale.ROOT));
            flow.getChildren().add(text);
        }
        if (segments.isEmpty()) {
            Text empty = new Text(t.get("diff.empty"));
            empty.getStyleClass().add("diff-equal");
            flow.getChildren().add(empty);
        }
        return flow;
    }

    private String blockName(Block block) {
        return t.get(switch (block.type()) {
            case PARAGRAPH -> "diff.block.paragraph";
            case HEADING -> "diff.block.heading";
            case BULLET_ITEM, NUMBERED_ITEM -> "diff.block.listItem";
            case QUOTE -> "diff.block.quote";
            case IMAGE -> "diff.block.imageCaption";
            case TABLE -> "diff.block.table";
        });
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** All inserted (or deleted) words on show, in order: for tests and screen readers' summaries. */
    public List<String> segments(DiffSegment.Kind kind) {
        String cls = "diff-" + kind.name().toLowerCase(Locale.ROOT);
        return root.lookupAll("." + cls).stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList();
    }
}
