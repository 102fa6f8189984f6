package org.newsdesk.ui.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.IndexRange;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.model.Paragraph;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.AnchorTracker;
import org.newsdesk.model.CommentThread;
import org.newsdesk.model.TextEdit;
import org.newsdesk.service.TokenEditFinder;
import org.newsdesk.ui.editor.body.ParStyle;
import org.newsdesk.ui.editor.body.TextStyle;

/**
 * Marks the words of open comment threads in the body with a background, drawn as extra RichTextFX selections:
 * the text, its styles and the undo history stay untouched, so highlights never reach the saved document.
 * RichTextFX moves these selections as the user types; each reload places them again from the stored anchors,
 * followed (with the model's {@link AnchorTracker}) through whatever was typed since that text was stored.
 */
public final class CommentHighlights {
    static final Color FILL = Color.web("#f5c518", 0.38);

    private final GenericStyledArea<ParStyle, String, TextStyle> area;
    private final TokenEditFinder editFinder = new TokenEditFinder();
    private final Map<UUID, SelectionImpl<ParStyle, String, TextStyle>> shown = new LinkedHashMap<>();

    public CommentHighlights(GenericStyledArea<ParStyle, String, TextStyle> area) {
        this.area = area;
    }

    /** Highlights the anchored words of every open thread in {@code comments}, replacing the previous ones. */
    public void show(CommentsShown comments) {
        clear();
        BodyOffsets offsets = BodyOffsets.of(paragraphTexts(), tableTexts(area));
        String now = offsets.plainText();
        List<TextEdit> typed = comments.anchorText().equals(now) ? List.of()
                : editFinder.edits(comments.anchorText(), now);
        for (CommentThread thread : comments.threads()) {
            Anchor stored = thread.first().anchor();
            if (thread.resolved() || stored.isGeneral()) {
                continue;
            }
            int[] range = offsets.toArea(AnchorTracker.follow(stored, typed).trimmedIn(now));
            if (range != null) {
                add(thread.first().id(), range[0], range[1]);
            }
        }
    }

    private void add(UUID id, int start, int end) {
        SelectionImpl<ParStyle, String, TextStyle> selection = new SelectionImpl<>("comment-" + id, area, path -> {
            path.getStyleClass().add("comment-highlight");
            path.setHighlightFill(FILL);
        });
        selection.selectRange(start, end);
        area.addSelection(selection);
        shown.put(id, selection);
    }

    /** Where thread {@code id}'s words are in the area now, if they are highlighted. */
    public Optional<IndexRange> rangeOf(UUID id) {
        SelectionImpl<ParStyle, String, TextStyle> selection = shown.get(id);
        return selection == null || selection.getLength() == 0 ? Optional.empty() : Optional.of(selection.getRange());
    }

    /** How many stretches are highlighted. */
    public int count() {
        return shown.size();
    }

    public void clear() {
        shown.values().forEach(selection -> {
            area.removeSelection(selection);
            selection.dispose();
        });
        shown.clear();
    }

    /** The cells' text of each table paragraph (null for other paragraphs): plain text holds it, the area does not. */
    static List<String> tableTexts(GenericStyledArea<ParStyle, String, TextStyle> area) {
        return area.getParagraphs().stream()
                .map(p -> p.getParagraphStyle().table() == null ? null : p.getParagraphStyle().table().text()).toList();
    }

    private List<String> paragraphTexts() {
        return area.getParagraphs().stream().map(Paragraph::getText).toList();
    }
}
