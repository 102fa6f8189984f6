package org.newsdesk.ui.spelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.SelectionImpl;
import org.newsdesk.model.Mistake;
import org.newsdesk.ui.editor.body.BodyArea;
import org.newsdesk.ui.editor.body.ParStyle;
import org.newsdesk.ui.editor.body.TextStyle;

/**
 * Underlines mistakes in a {@link BodyArea} (the body, the standfirst) as extra RichTextFX selections clipped to
 * their bottom edge: the text, its styles and the undo history stay untouched, RichTextFX moves them as the user
 * types, and right-to-left paragraphs get the editor's own fixes for selection shapes (one box per Arabic word,
 * not mirrored). Only what changed between two checks is removed or added.
 */
final class AreaUnderlines {

    /** A mistake placed in the area: its absolute range when placed (the selection follows edits since). */
    record Placed(Mistake mistake, int start, int end) {
    }

    private record Key(int start, int end, Mistake.Kind kind) {
    }

    private final BodyArea area;
    private final String name;
    private final Map<SelectionImpl<ParStyle, String, TextStyle>, Mistake> shown = new LinkedHashMap<>();
    private int serial;

    AreaUnderlines(BodyArea area, String name) {
        this.area = area;
        this.name = name;
    }

    /** Shows exactly {@code placed}, keeping the underlines that are already where they should be. */
    void show(List<Placed> placed) {
        Map<Key, Placed> wanted = new LinkedHashMap<>();
        for (Placed p : placed) {
            wanted.put(new Key(p.start(), p.end(), p.mistake().kind()), p);
        }
        Map<Key, SelectionImpl<ParStyle, String, TextStyle>> current = new HashMap<>();
        for (var entry : new ArrayList<>(shown.entrySet())) {
            IndexRange r = entry.getKey().getRange();
            Key key = new Key(r.getStart(), r.getEnd(), entry.getValue().kind());
            if (r.getLength() == 0 || !wanted.containsKey(key) || current.containsKey(key)) {
                remove(entry.getKey());
            } else {
                current.put(key, entry.getKey());
                shown.put(entry.getKey(), wanted.get(key).mistake()); // suggestions may be new
            }
        }
        wanted.forEach((key, p) -> {
            if (!current.containsKey(key) && p.end() <= area.getLength()) {
                add(p);
            }
        });
    }

    private void add(Placed p) {
        Mistake.Kind kind = p.mistake().kind();
        SelectionImpl<ParStyle, String, TextStyle> selection = new SelectionImpl<>(name + "-" + serial++, area, path -> {
            path.getStyleClass().add(Underline.styleClass(kind));
            path.setHighlightFill(Underline.paint(kind));
            path.setMouseTransparent(true);
            Underline.clipToBottom(path);
        });
        selection.selectRange(p.start(), p.end());
        area.addSelection(selection);
        shown.put(selection, p.mistake());
    }

    private void remove(SelectionImpl<ParStyle, String, TextStyle> selection) {
        shown.remove(selection);
        area.removeSelection(selection);
        selection.dispose();
    }

    void clear() {
        new ArrayList<>(shown.keySet()).forEach(this::remove);
    }

    /** The underlined mistake at absolute position {@code position} (its ends included), with its range now. */
    Optional<Placed> at(int position) {
        for (var entry : shown.entrySet()) {
            IndexRange r = entry.getKey().getRange();
            if (r.getLength() > 0 && r.getStart() <= position && position <= r.getEnd()) {
                return Optional.of(new Placed(entry.getValue(), r.getStart(), r.getEnd()));
            }
        }
        return Optional.empty();
    }

    /** Every underlined mistake with its range now, in text order. */
    List<Placed> all() {
        List<Placed> out = new ArrayList<>();
        shown.forEach((selection, mistake) -> {
            IndexRange r = selection.getRange();
            if (r.getLength() > 0) {
                out.add(new Placed(mistake, r.getStart(), r.getEnd()));
            }
        });
        out.sort(java.util.Comparator.comparingInt(Placed::start));
        return out;
    }

    int count() {
        return (int) shown.keySet().stream().filter(s -> s.getLength() > 0).count();
    }
}
