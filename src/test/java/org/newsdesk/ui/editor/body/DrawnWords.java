package org.newsdesk.ui.editor.body;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;

/**
 * Where JavaFX drew a word of the body, found in the Text nodes themselves, so tests check the editor against the
 * text layout and not against the editor's own geometry. An Arabic word is a node of its own; an English word sits
 * inside a run of words (WordSegmentOps), and its place in the run is measured with a Text of the same font.
 * Call on the FX thread.
 */
public final class DrawnWords {

    private DrawnWords() {
    }

    /** Every drawn {@code word} (whole words only), top to bottom, in screen coordinates. */
    public static List<Bounds> onScreen(Node area, String word) {
        List<Bounds> out = new ArrayList<>();
        Pattern whole = Pattern.compile("(?<!\\S)" + Pattern.quote(word) + "(?!\\S)");
        for (Node n : area.lookupAll(".body-text")) {
            if (!(n instanceof Text text) || n.getScene() == null) {
                continue;
            }
            if (text.getText().equals(word)) {
                out.add(n.localToScreen(n.getBoundsInLocal()));
                continue;
            }
            Matcher m = whole.matcher(text.getText());
            while (m.find()) {
                Bounds node = n.getBoundsInLocal();
                double before = width(text, text.getText().substring(0, m.start()));
                double inside = width(text, word);
                out.add(n.localToScreen(new BoundingBox(node.getMinX() + before, node.getMinY(), inside,
                        node.getHeight())));
            }
        }
        out.sort(Comparator.comparingDouble(Bounds::getMinY));
        return out;
    }

    /** The Text node that draws {@code word}. */
    static Text nodeOf(Node area, String word) {
        Pattern whole = Pattern.compile("(?<!\\S)" + Pattern.quote(word) + "(?!\\S)");
        for (Node n : area.lookupAll(".body-text")) {
            if (n instanceof Text text && whole.matcher(text.getText()).find()) {
                return text;
            }
        }
        throw new AssertionError("no Text node draws " + word);
    }

    private static double width(Text like, String text) {
        Text probe = new Text(text);
        probe.setFont(like.getFont());
        return probe.getLayoutBounds().getWidth();
    }
}
