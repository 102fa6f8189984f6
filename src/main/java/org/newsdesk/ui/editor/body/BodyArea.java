package org.newsdesk.ui.editor.body;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.newsdesk.model.Direction;

/**
 * The rich text area of the body editor: paragraphs styled by {@link ParStyle}, text by {@link TextStyle}, one
 * {@code Text} node per Arabic word and per run of other text (see {@link WordSegmentOps}). It knows how to draw the document; the editing rules
 * live in the classes around it.
 *
 * <p>Right-to-left workarounds (JavaFX 21, RichTextFX 0.11.7; each names its upstream bug where it lives):
 * {@link WordSegmentOps} keeps one {@code Text} per Arabic word so wrapped right-to-left paragraphs draw each line once;
 * {@link RightToLeft} flips the caret and selection shapes, moves the keys by the drawn caret positions, and
 * answers {@link #hit} for paragraphs with right-to-left text; {@link BidiCarets} gives each gap between
 * characters one offset where directions meet, and draws the caret there.
 */
public final class BodyArea extends GenericStyledArea<ParStyle, String, TextStyle> {

    private final WordSegmentOps ops;
    private final ReadOnlyLongWrapper changeCount = new ReadOnlyLongWrapper(this, "changeCount");
    private final ObjectProperty<Direction> baseDirection;

    public BodyArea() {
        this(new WordSegmentOps(), new SimpleObjectProperty<>(Direction.LTR));
    }

    private BodyArea(WordSegmentOps ops, ObjectProperty<Direction> baseDirection) {
        super(ParStyle.PARAGRAPH, (flow, style) -> BlockLook.apply(flow, style, baseDirection.get()), TextStyle.PLAIN,
                ops, true, SegmentLook::createNode);
        this.ops = ops;
        this.baseDirection = baseDirection;
        baseDirection.addListener(o -> BlockLook.restyleShown(this, baseDirection.get()));
        getStyleClass().add("body-area");
        getStylesheets().add(BodyArea.class.getResource("body-editor.css").toExternalForm());
        setWrapText(true);
        multiRichChanges().subscribe(changes -> changeCount.set(changeCount.get() + 1));
        setParagraphGraphicFactory(new ParagraphMarkers(this, changeCount.getReadOnlyProperty()));
    }

    /**
     * The direction of paragraphs left to AUTO that have no strong character yet (new, empty, digits only):
     * the article language's, so that an Arabic article starts its paragraphs right to left.
     */
    public ObjectProperty<Direction> baseDirectionProperty() {
        return baseDirection;
    }

    /** The direction paragraph {@code index} is shown in: its own, else its first strong character's, else the base. */
    public Direction resolvedDirection(int index) {
        Paragraph<ParStyle, String, TextStyle> p = getParagraph(index);
        return BlockLook.resolve(p.getParagraphStyle().direction(), p.getText(), baseDirection.get());
    }

    /** RichTextFX's hit-test gets right-to-left text wrong on JavaFX 21: see {@link RightToLeft#hit}. */
    @Override
    public CharacterHit hit(double x, double y) {
        return RightToLeft.hit(this, x, y).orElseGet(() -> super.hit(x, y));
    }

    public WordSegmentOps segmentOps() {
        return ops;
    }

    /** Counts every change to the content (text, marks or block styles), undo and redo included. */
    public ReadOnlyLongProperty changeCountProperty() {
        return changeCount.getReadOnlyProperty();
    }

    /** Typed and plain text goes in cut into pieces, like everything else (RichTextFX would insert one segment). */
    @Override
    public void replaceText(int start, int end, String text) {
        ReadOnlyStyledDocument<ParStyle, String, TextStyle> doc = new AreaDocumentBuilder(ops)
                .lines(text, getParagraphStyleForInsertionAt(start), getTextStyleForInsertionAt(start))
                .build();
        replace(start, end, doc);
    }

    public ParStyle paragraphStyle(int paragraphIndex) {
        return getParagraph(paragraphIndex).getParagraphStyle();
    }

    public int currentParagraphIndex() {
        return getCurrentParagraph();
    }

    public Paragraph<ParStyle, String, TextStyle> currentParagraph() {
        return getParagraph(getCurrentParagraph());
    }

    /** Absolute position where paragraph {@code index} starts. */
    public int paragraphStart(int index) {
        return getAbsolutePosition(index, 0);
    }

    /** The paragraphs the selection touches (just the caret's paragraph when nothing is selected). */
    public IndexRange selectedParagraphs() {
        IndexRange selection = getSelection();
        int first = offsetToPosition(selection.getStart(), Bias.Forward).getMajor();
        int last = offsetToPosition(selection.getEnd(), Bias.Backward).getMajor();
        return new IndexRange(first, Math.max(first, last));
    }
}
