package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.DocumentArbitraries;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;

/** Model → area content → model, without a window: the mapping works on RichTextFX's immutable documents. */
class DocumentMapperTest {

    private final DocumentMapper mapper = new DocumentMapper(new WordSegmentOps());

    @Provide
    Arbitrary<Document> documents() {
        return DocumentArbitraries.documents();
    }

    @Property(tries = 500)
    void modelToAreaToModelIsLossless(@ForAll("documents") Document document) {
        assertThat(mapper.toDocument(mapper.toArea(document))).isEqualTo(normalised(document));
    }

    @Property(tries = 200)
    void blockIdsSurviveTheEditorRoundTrip(@ForAll("documents") Document document) {
        assertThat(mapper.toDocument(mapper.toArea(document)).blockIds())
                .isEqualTo(normalised(document).blockIds());
    }

    @Property(tries = 200)
    void areaParagraphsMatchBlocksOneToOne(@ForAll("documents") Document document) {
        ReadOnlyStyledDocument<ParStyle, String, TextStyle> area = mapper.toArea(document);
        assertThat(area.getParagraphCount()).isEqualTo(Math.max(1, document.blocks().size()));
        for (int i = 0; i < document.blocks().size(); i++) {
            Block block = document.blocks().get(i);
            if (block.type() == org.newsdesk.model.BlockType.TABLE) { // the caption is the text, the cells are in the style
                assertThat(area.getParagraph(i).getText().replace('\u2028', '\n')).isEqualTo(block.runsText());
                assertThat(area.getParagraph(i).getParagraphStyle().table()).isEqualTo(block.table());
            } else {
                assertThat(area.getParagraph(i).getText().replace('\u2028', '\n')).isEqualTo(block.text());
            }
        }
    }

    @Test
    void everyArabicWordWithTheSpacesAfterItIsASegmentAndEnglishStaysInRuns() {
        Document doc = Document.of(Block.paragraph(TextRun.plain("two words قال إن "), TextRun.of("bold", Mark.BOLD)));
        var paragraph = mapper.toArea(doc).getParagraph(0);
        assertThat(paragraph.getStyledSegments()).extracting(s -> s.getSegment())
                .containsExactly("two words ", "قال ", "إن ", "bold");
    }

    @Test
    void lineBreaksInsideARunSurvive() {
        Document doc = Document.of(Block.paragraph("first line\nsecond line"), Block.quote("q"));
        assertThat(mapper.toArea(doc).getParagraphCount()).isEqualTo(2);
        assertThat(mapper.toDocument(mapper.toArea(doc))).isEqualTo(doc);
    }

    @Test
    void imageCaptionIsTheParagraphText() {
        ImageRef image = new ImageRef("ab".repeat(32), "The minister", "AFP", "Two people", null);
        Document doc = Document.of(new Block(BlockType.IMAGE, 0, Direction.RTL, List.of(), image));
        var area = mapper.toArea(doc);
        assertThat(area.getParagraph(0).getText()).isEqualTo("The minister");
        assertThat(mapper.toDocument(area)).isEqualTo(doc);
    }

    @Test
    void emptyDocumentIsOneEmptyParagraph() {
        var area = mapper.toArea(Document.EMPTY);
        assertThat(area.getParagraphCount()).isEqualTo(1);
        assertThat(mapper.toDocument(area)).isEqualTo(Document.EMPTY);
    }

    /** The area cannot tell "no blocks" from "one empty plain paragraph"; both read back as the empty body. */
    static Document normalised(Document document) {
        List<Block> blocks = document.blocks();
        if (blocks.size() == 1 && blocks.get(0).equals(new Block(BlockType.PARAGRAPH, 0, Direction.AUTO, List.of(), null))) {
            return Document.EMPTY;
        }
        return document;
    }
}
