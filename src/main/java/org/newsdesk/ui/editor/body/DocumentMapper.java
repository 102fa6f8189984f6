package org.newsdesk.ui.editor.body;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.TextRun;

/**
 * The body document to area content and back, losslessly: each block is one paragraph whose {@link ParStyle}
 * carries the block's type, level, direction and image, and whose spans carry the runs' marks and links.
 *
 * <p>Two conventions make the round trip exact: an image or table block's caption is its paragraph's text (a
 * table's cells live in its {@link ParStyle} and are drawn by {@link TableView}), and a line
 * break inside a run is kept as U+2028 LINE SEPARATOR (a real line break would split the paragraph). The one
 * normalisation: an area holding a single empty plain paragraph is the empty document, since the area always
 * holds at least one paragraph.
 */
public final class DocumentMapper {

    static final char LINE_SEPARATOR = '\u2028';

    private final WordSegmentOps ops;

    public DocumentMapper(WordSegmentOps ops) {
        this.ops = ops;
    }

    public ReadOnlyStyledDocument<ParStyle, String, TextStyle> toArea(Document document) {
        AreaDocumentBuilder builder = new AreaDocumentBuilder(ops);
        for (Block block : document.blocks()) {
            builder.paragraph(ParStyle.of(block), spans(block));
        }
        return builder.build();
    }

    public Document toDocument(StyledDocument<ParStyle, String, TextStyle> content) {
        List<Paragraph<ParStyle, String, TextStyle>> paragraphs = content.getParagraphs();
        if (paragraphs.size() == 1 && paragraphs.get(0).length() == 0
                && paragraphs.get(0).getParagraphStyle().equals(ParStyle.PARAGRAPH)) {
            return Document.EMPTY;
        }
        List<Block> blocks = new ArrayList<>(paragraphs.size());
        for (Paragraph<ParStyle, String, TextStyle> paragraph : paragraphs) {
            blocks.add(toBlock(paragraph));
        }
        return new Document(blocks);
    }

    public Block toBlock(Paragraph<ParStyle, String, TextStyle> paragraph) {
        ParStyle style = paragraph.getParagraphStyle();
        if (style.type() == BlockType.IMAGE) {
            ImageRef image = style.image();
            String caption = fromArea(paragraph.getText());
            return new Block(BlockType.IMAGE, 0, style.direction(), List.of(),
                    new ImageRef(image.assetId(), caption, image.credit(), image.altText(), image.link()),
                    style.blockId());
        }
        List<TextRun> runs = new ArrayList<>();
        for (StyledSegment<String, TextStyle> segment : paragraph.getStyledSegments()) {
            runs.add(segment.getStyle().toRun(fromArea(segment.getSegment())));
        }
        return new Block(style.type(), style.level(), style.direction(), runs, null, style.table(), style.blockId());
    }

    private static List<AreaDocumentBuilder.Span> spans(Block block) {
        if (block.type() == BlockType.IMAGE) {
            return List.of(new AreaDocumentBuilder.Span(toArea(block.image().caption()), TextStyle.PLAIN));
        }
        List<AreaDocumentBuilder.Span> spans = new ArrayList<>(block.runs().size());
        for (TextRun run : block.runs()) {
            spans.add(new AreaDocumentBuilder.Span(toArea(run.text()), TextStyle.of(run)));
        }
        return spans;
    }

    private static String toArea(String modelText) {
        return modelText.replace('\n', LINE_SEPARATOR);
    }

    private static String fromArea(String areaText) {
        return areaText.replace(LINE_SEPARATOR, '\n');
    }
}
