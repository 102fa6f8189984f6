package org.newsdesk.ui.editor.body;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Find and replace over the area's text: the list of matches, which one is current, and the replacements.
 * Replace all is one change, so one undo step.
 */
final class FindReplace {

    private final BodyArea area;
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    /** 1-based number of the selected match, 0 when no match is selected. */
    private final ReadOnlyIntegerWrapper currentMatch = new ReadOnlyIntegerWrapper(this, "currentMatch");
    private List<IndexRange> matches = List.of();
    private String query = "";
    private TextSearch.Options options = new TextSearch.Options(false, false);

    FindReplace(BodyArea area) {
        this.area = area;
    }

    ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty currentMatchProperty() {
        return currentMatch.getReadOnlyProperty();
    }

    /** Searches again, e.g. when the query, the options or the text changed. */
    void search(String newQuery, TextSearch.Options newOptions) {
        query = newQuery == null ? "" : newQuery;
        options = newOptions;
        refresh();
    }

    void refresh() {
        matches = TextSearch.find(area.getText(), query, options);
        matchCount.set(matches.size());
        currentMatch.set(indexOfSelection() + 1);
    }

    /** Selects the first match after the caret, wrapping round to the top. */
    void next() {
        if (matches.isEmpty()) {
            return;
        }
        int from = area.getSelection().getLength() > 0 ? area.getSelection().getEnd() : area.getCaretPosition();
        IndexRange target = matches.get(0);
        for (IndexRange m : matches) {
            if (m.getStart() >= from) {
                target = m;
                break;
            }
        }
        select(target);
    }

    void previous() {
        if (matches.isEmpty()) {
            return;
        }
        int from = area.getSelection().getStart();
        IndexRange target = matches.get(matches.size() - 1);
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i).getEnd() <= from && matches.get(i).getStart() < from) {
                target = matches.get(i);
                break;
            }
        }
        select(target);
    }

    /** Replaces the selected match (if a match is selected) and moves on to the next. */
    void replaceCurrent(String replacement) {
        int index = indexOfSelection();
        if (index < 0) {
            next();
            return;
        }
        IndexRange m = matches.get(index);
        area.getUndoManager().preventMerge();
        area.replace(m.getStart(), m.getEnd(), replacementAt(m.getStart(), replacement));
        area.getUndoManager().preventMerge();
        refresh();
        next();
    }

    /** Replaces every match in one change; returns how many. */
    int replaceAll(String replacement) {
        refresh();
        if (matches.isEmpty()) {
            return 0;
        }
        MultiChangeBuilder<ParStyle, String, TextStyle> change = area.createMultiChange(matches.size());
        for (int i = matches.size() - 1; i >= 0; i--) { // from the end, so earlier offsets stay valid
            IndexRange m = matches.get(i);
            change.replaceAbsolutely(m.getStart(), m.getEnd(), replacementAt(m.getStart(), replacement));
        }
        int count = matches.size();
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
        refresh();
        return count;
    }

    /** The replacement text in the style of the match's first character, inside the match's paragraph style. */
    private StyledDocument<ParStyle, String, TextStyle> replacementAt(int position, String text) {
        TwoDimensional.Position pos = area.offsetToPosition(position, TwoDimensional.Bias.Forward);
        Paragraph<ParStyle, String, TextStyle> paragraph = area.getParagraph(pos.getMajor());
        return new AreaDocumentBuilder(area.segmentOps())
                .paragraph(paragraph.getParagraphStyle(), text, paragraph.getStyleOfChar(pos.getMinor()))
                .build();
    }

    private void select(IndexRange match) {
        area.selectRange(match.getStart(), match.getEnd());
        area.requestFollowCaret();
        currentMatch.set(matches.indexOf(match) + 1);
    }

    private int indexOfSelection() {
        IndexRange selection = area.getSelection();
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).getStart() == selection.getStart() && matches.get(i).getEnd() == selection.getEnd()) {
                return i;
            }
        }
        return -1;
    }
}
