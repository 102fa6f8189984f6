package org.newsdesk.ui.review;

import org.newsdesk.i18n.Messages;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.model.Paragraph;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.CommentThread;
import org.newsdesk.ui.editor.body.BodyArea;

/**
 * Comments from the body: Ctrl+Alt+M on selected words asks for the comment and anchors it to those words
 * (as plain-text offsets); clicking a comment's quote in the Review tab selects its words again.
 */
public final class BodyComments {
    private final Messages t;
    private final BodyArea area;
    private final ReviewViewModel model;
    private final CommentHighlights highlights;
    private final BooleanSupplier articleOpen;
    private final Consumer<String> notify;
    private final Runnable showPanel;

    /**
     * @param notify    tells the user why nothing happened (one sentence)
     * @param showPanel brings the Review tab forward, where the new comment appears
     */
    public BodyComments(Messages t, BodyArea area, ReviewViewModel model, CommentHighlights highlights, BooleanSupplier articleOpen,
                        Consumer<String> notify, Runnable showPanel) {
        this.t = t;
        this.area = area;
        this.model = model;
        this.highlights = highlights;
        this.articleOpen = articleOpen;
        this.notify = notify;
        this.showPanel = showPanel;
    }

    /** Asks for a comment on the selected words of the body. */
    public void commentOnSelection() {
        if (!articleOpen.getAsBoolean()) {
            return;
        }
        IndexRange selection = area.getSelection();
        BodyOffsets offsets = BodyOffsets.of(area.getParagraphs().stream().map(Paragraph::getText).toList(),
                CommentHighlights.tableTexts(area));
        Anchor anchor = offsets.toAnchor(selection.getStart(), selection.getEnd());
        if (anchor.isGeneral()) {
            notify.accept(t.get("comments.selectFirst"));
            return;
        }
        String quote = anchor.textIn(offsets.plainText());
        TextPrompt.ask(area.getScene().getWindow(), t, t.get("comments.ask.title"),
                t.get("comments.ask.header"), quote, t.get("comments.ask.prompt"), t.get("comments.send")).ifPresent(text -> {
                    model.commentOn(anchor, quote, text);
                    showPanel.run();
                });
        area.requestFocus();
    }

    /** Selects the words of {@code thread} in the body and scrolls to them. */
    public void reveal(CommentThread thread) {
        highlights.rangeOf(thread.first().id()).ifPresentOrElse(range -> {
            area.selectRange(range.getStart(), range.getEnd());
            area.requestFollowCaret();
            area.requestFocus();
        }, () -> notify.accept(t.get("comments.wordsGone")));
    }
}
