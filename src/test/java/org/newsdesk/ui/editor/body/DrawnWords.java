package org.newsdesk.ui.editor.body;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import javafx.scene.text.TextFlow;

/**
 * Where JavaFX drew a word of the body, found in the Text nodes themselves, so tests check the editor against the
 * text layout and not against the editor's own geometry. A Text node holds an Arabic word with the spaces after
 * it, or a run of other text (WordSegmentOps); a word's place inside its node is measured with Texts of the same
 * font, in the order the Unicode bidi algorithm ({@link java.text.Bidi}) puts the node's characters on screen: the
 * spaces after an Arabic word in a right-to-left line are drawn on its left. Nodes are assumed to lie on one line
 * (every node holding Arabic does; tests keep English runs short). Measured on screen, left to right: a
 * right-to-left flow mirrors its children's local coordinates. Call on the FX thread.
 */
public final class DrawnWords {

    private DrawnWords() {
    }

    /** A word of a paragraph as drawn: its text, its offset in the paragraph, its box on screen. */
    record Word(String text, int offset, Bounds bounds) {
    }

    /** Every drawn {@code word} (whole words only), top to bottom, in screen coordinates. */
    public static List<Bounds> onScreen(Node area, String word) {
        List<Bounds> out = new ArrayList<>();
        Pattern whole = wholeWord(word);
        for (Node n : area.lookupAll(".body-text")) {
            if (n instanceof Text text && n.getScene() != null) {
                Matcher m = whole.matcher(text.getText());
                while (m.find()) {
                    out.add(box(text, m.start(), m.end()));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Bounds::getMinY));
        return out;
    }

    /** The Text node that draws {@code word}. */
    static Text nodeOf(Node area, String word) {
        Pattern whole = wholeWord(word);
        for (Node n : area.lookupAll(".body-text")) {
            if (n instanceof Text text && whole.matcher(text.getText()).find()) {
                return text;
            }
        }
        throw new AssertionError("no Text node draws " + word);
    }

    /** The ink of the first drawn {@code word} (its glyphs, not its advance), on screen. */
    static Bounds ink(Node area, String word) {
        Bounds box = onScreen(area, word).get(0);
        Text probe = new Text(word);
        probe.setFont(nodeOf(area, word).getFont());
        Bounds layout = probe.getLayoutBounds();
        probe.setBoundsType(TextBoundsType.VISUAL);
        Bounds visual = probe.getBoundsInLocal();
        return new BoundingBox(box.getMinX() + visual.getMinX() - layout.getMinX(), box.getMinY(), visual.getWidth(),
                box.getHeight());
    }

    /** The words (text between spaces) of a paragraph's flow, in reading order, each with its box on screen. */
    static List<Word> words(TextFlow flow) {
        List<Word> out = new ArrayList<>();
        int offset = 0;
        for (Node n : flow.getChildren()) {
            if (n instanceof Text text) { // children are in reading order
                Matcher m = Pattern.compile("\\S+").matcher(text.getText());
                while (m.find()) {
                    out.add(new Word(m.group(), offset + m.start(), box(text, m.start(), m.end())));
                }
                offset += text.getText().length();
            }
        }
        return out;
    }

    private static Pattern wholeWord(String word) {
        return Pattern.compile("(?<!\\S)" + Pattern.quote(word) + "(?!\\S)");
    }

    /**
     * Characters {@code from..to} of {@code node} on screen: the node's characters laid out in bidi order, each
     * level run measured with a Text of the node's font. The box is measured from the node's edge nearer to it,
     * so that a space JavaFX shortens at a line's end does not move it.
     */
    private static Bounds box(Text node, int from, int to) {
        String text = node.getText();
        Bidi bidi = paragraphBidi(node);
        int start = startInFlow(node);
        List<int[]> runs = new ArrayList<>(); // {from, to} within the node, one embedding level each
        for (int i = 0; i < text.length(); ) {
            int level = bidi == null ? 0 : bidi.getLevelAt(start + i);
            int j = i + 1;
            while (j < text.length() && (bidi == null ? 0 : bidi.getLevelAt(start + j)) == level) {
                j++;
            }
            runs.add(new int[] {i, j, level});
            i = j;
        }
        byte[] levels = new byte[runs.size()];
        Object[] visual = runs.toArray();
        for (int r = 0; r < levels.length; r++) {
            levels[r] = (byte) runs.get(r)[2];
        }
        Bidi.reorderVisually(levels, 0, visual, 0, visual.length);
        // the word's runs, and what is drawn left and right of it, each measured directly
        int first = -1;
        int last = -1;
        double[] widths = new double[visual.length];
        double[] leftInRun = new double[visual.length];
        double[] rightInRun = new double[visual.length];
        for (int r = 0; r < visual.length; r++) {
            int[] run = (int[]) visual[r];
            widths[r] = width(node, text.substring(run[0], run[1]));
            int a = Math.max(from, run[0]);
            int b = Math.min(to, run[1]);
            if (a < b) {
                first = first < 0 ? r : first;
                last = r;
                String before = text.substring(run[0], a);
                String after = text.substring(b, run[1]);
                boolean reversed = run[2] % 2 == 1;
                leftInRun[r] = width(node, reversed ? after : before);
                rightInRun[r] = width(node, reversed ? before : after);
            }
        }
        double left = leftInRun[first];
        for (int r = 0; r < first; r++) {
            left += widths[r];
        }
        double right = rightInRun[last];
        for (int r = last + 1; r < visual.length; r++) {
            right += widths[r];
        }
        double width = width(node, text.substring(from, to));
        Bounds drawn = node.localToScreen(node.getBoundsInLocal()); // on screen: a right-to-left flow is mirrored
        double minX = right < left
                ? drawn.getMaxX() - right - width // nearer the right edge: measured from there
                : drawn.getMinX() + left;
        return new BoundingBox(minX, drawn.getMinY(), width, drawn.getHeight());
    }

    private static Bidi paragraphBidi(Text node) {
        if (!(node.getParent() instanceof TextFlow flow)) {
            return null;
        }
        StringBuilder all = new StringBuilder();
        for (Node child : flow.getChildren()) {
            if (child instanceof Text t) {
                all.append(t.getText());
            }
        }
        boolean rtl = flow.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        return all.length() == 0 ? null
                : new Bidi(all.toString(), rtl ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
    }

    private static int startInFlow(Text node) {
        int start = 0;
        if (node.getParent() instanceof TextFlow flow) {
            for (Node child : flow.getChildren()) {
                if (child == node) {
                    break;
                }
                if (child instanceof Text t) {
                    start += t.getText().length();
                }
            }
        }
        return start;
    }

    private static double width(Text like, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        Text probe = new Text(text);
        probe.setFont(like.getFont());
        return probe.getLayoutBounds().getWidth();
    }
}
