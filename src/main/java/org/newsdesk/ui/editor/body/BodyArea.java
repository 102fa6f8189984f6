package org.newsdesk.ui.editor.body;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;

/**
 * The rich text area of the body editor: paragraphs styled by {@link ParStyle}, text by {@link TextStyle}, one
 * {@code Text} node per word (see {@link WordSegmentOps}). It knows how to draw the document; the editing rules
 * live in the classes around it.
 */
public final class BodyArea extends GenericStyledArea<ParStyle, String, TextStyle> {

    private final WordSegmentOps ops;
    private final ReadOnlyLongWrapper changeCount = new ReadOnlyLongWrapper(this, "changeCount");

    public BodyArea() {
        this(new WordSegmentOps());
    }

    private BodyArea(WordSegmentOps ops) {
        super(ParStyle.PARAGRAPH, BlockLook::apply, TextStyle.PLAIN, ops, true, SegmentLook::createNode);
        this.ops = ops;
        getStyleClass().add("body-area");
        getStylesheets().add(BodyArea.class.getResource("body-editor.css").toExternalForm());
        setWrapText(true);
        multiRichChanges().subscribe(changes -> changeCount.set(changeCount.get() + 1));
        setParagraphGraphicFactory(new ParagraphMarkers(this, changeCount.getReadOnlyProperty()));
    }

    public WordSegmentOps segmentOps() {
        return ops;
    }

    /** Counts every change to the content (text, marks or block styles), undo and redo included. */
    public ReadOnlyLongProperty changeCountProperty() {
        return changeCount.getReadOnlyProperty();
    }

    /** Typed and plain text goes in as word pieces, like everything else (RichTextFX would insert one segment). */
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
