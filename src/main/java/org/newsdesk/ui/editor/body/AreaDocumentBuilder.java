package org.newsdesk.ui.editor.body;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyledSegment;

/**
 * Builds area content paragraph by paragraph, cutting text into word pieces (see {@link WordSegmentOps}). Every
 * piece of content the editor puts into the area goes through here, so no segment ever holds a line break
 * opportunity.
 */
public final class AreaDocumentBuilder {

    /** A stretch of text and its style: the editor's view of a model {@code TextRun}. */
    public record Span(String text, TextStyle style) {
    }

    private final WordSegmentOps ops;
    private final ReadOnlyStyledDocumentBuilder<ParStyle, String, TextStyle> builder;
    private boolean empty = true;

    public AreaDocumentBuilder(WordSegmentOps ops) {
        this.ops = ops;
        this.builder = new ReadOnlyStyledDocumentBuilder<>(ops, ParStyle.PARAGRAPH);
    }

    public AreaDocumentBuilder paragraph(ParStyle style, List<Span> spans) {
        List<StyledSegment<String, TextStyle>> segments = new ArrayList<>();
        TextStyle last = TextStyle.PLAIN;
        for (Span span : spans) {
            last = span.style();
            if (span.text().isEmpty()) {
                continue;
            }
            for (String piece : WordSegmentOps.pieces(span.text())) {
                segments.add(new StyledSegment<>(piece, span.style()));
            }
        }
        if (segments.isEmpty()) {
            segments.add(new StyledSegment<>(ops.createEmptySeg(), last));
        }
        builder.addParagraph(segments, style);
        empty = false;
        return this;
    }

    public AreaDocumentBuilder paragraph(ParStyle style, String text, TextStyle textStyle) {
        return paragraph(style, List.of(new Span(text, textStyle)));
    }

    /** Plain text, one paragraph per line, all with the same styles: what typing and plain pastes insert. */
    public AreaDocumentBuilder lines(String text, ParStyle style, TextStyle textStyle) {
        for (String line : text.split("\r\n|\r|\n", -1)) {
            paragraph(style, line, textStyle);
        }
        return this;
    }

    public ReadOnlyStyledDocument<ParStyle, String, TextStyle> build() {
        if (empty) {
            paragraph(ParStyle.PARAGRAPH, "", TextStyle.PLAIN);
        }
        return builder.build();
    }
}
