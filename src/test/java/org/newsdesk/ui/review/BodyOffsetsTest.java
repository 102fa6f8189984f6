package org.newsdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.DocumentArbitraries;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.TextRun;
import org.newsdesk.ui.editor.body.DocumentMapper;
import org.newsdesk.ui.editor.body.ParStyle;
import org.newsdesk.ui.editor.body.TextStyle;
import org.newsdesk.ui.editor.body.WordSegmentOps;

/** Area positions ⇄ plain-text offsets, checked against what the real mapper puts in the area. */
class BodyOffsetsTest {
    private final DocumentMapper mapper = new DocumentMapper(new WordSegmentOps());

    @Provide
    Arbitrary<Document> documents() {
        return DocumentArbitraries.documents();
    }

    private List<String> paragraphs(Document document) {
        ReadOnlyStyledDocument<ParStyle, String, TextStyle> area = mapper.toArea(document);
        return area.getParagraphs().stream().map(Paragraph::getText).toList();
    }

    private static String areaText(List<String> paragraphs) {
        return String.join("\n", paragraphs);
    }

    @Property(tries = 300)
    void plainTextIsTheDocumentsPlainText(@ForAll("documents") Document document) {
        List<String> tables = mapper.toArea(document).getParagraphs().stream()
                .map(p -> p.getParagraphStyle().table() == null ? null : p.getParagraphStyle().table().text()).toList();
        assertThat(BodyOffsets.of(paragraphs(document), tables).plainText()).isEqualTo(document.plainText());
    }

    @Property(tries = 300)
    void aSelectionBecomesAnAnchorOnTheSameWordsAndBack(@ForAll("documents") Document document,
                                                        @ForAll @IntRange(max = 400) int a,
                                                        @ForAll @IntRange(max = 400) int b) {
        List<String> paragraphs = paragraphs(document);
        String area = areaText(paragraphs);
        int start = Math.min(a, b) % (area.length() + 1);
        int end = Math.min(area.length(), start + Math.abs(a - b));
        BodyOffsets offsets = BodyOffsets.of(paragraphs);
        Anchor anchor = offsets.toAnchor(start, end);
        if (anchor.isGeneral()) {
            assertThat(area.substring(start, end).replace('\u2028', ' ')).isBlank();
            return;
        }
        assertThat(words(anchor.textIn(offsets.plainText()))).isEqualTo(words(area.substring(start, end)));
        int[] back = offsets.toArea(anchor);
        assertThat(offsets.toAnchor(back[0], back[1])).isEqualTo(anchor);
        assertThat(words(area.substring(back[0], back[1]))).isEqualTo(words(area.substring(start, end)));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[\\s\\u2028]+")).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void emptyParagraphsAreLeftOutOfPlainText() {
        List<String> paragraphs = List.of("First one.", "", "Second one.");
        BodyOffsets offsets = BodyOffsets.of(paragraphs);
        assertThat(offsets.plainText()).isEqualTo("First one.\n\nSecond one.");
        int secondInArea = "First one.\n\n".length();
        Anchor anchor = offsets.toAnchor(secondInArea, secondInArea + "Second".length());
        assertThat(anchor).isEqualTo(new Anchor(12, 18));
        assertThat(anchor.textIn(offsets.plainText())).isEqualTo("Second");
        assertThat(offsets.toArea(anchor)).containsExactly(secondInArea, secondInArea + 6);
    }

    @Test
    void aSelectionAcrossParagraphsKeepsBothEnds() {
        List<String> paragraphs = List.of("Alpha beta.", "", "", "Gamma delta.");
        BodyOffsets offsets = BodyOffsets.of(paragraphs);
        int from = "Alpha ".length();
        int to = "Alpha beta.\n\n\nGamma".length();
        Anchor anchor = offsets.toAnchor(from, to);
        assertThat(anchor.textIn(offsets.plainText())).isEqualTo("beta.\n\nGamma");
        assertThat(offsets.toArea(anchor)).containsExactly(from, to);
    }

    @Test
    void lineBreaksAndImageCaptionsCountLikeInTheModel() {
        Document document = Document.of(
                Block.paragraph(TextRun.plain("One\ntwo")),
                Block.image(new ImageRef("a".repeat(64), "The minister", "AFP", "alt", null)),
                Block.paragraph(""),
                Block.quote("Three"));
        List<String> paragraphs = paragraphs(document);
        BodyOffsets offsets = BodyOffsets.of(paragraphs);
        assertThat(offsets.plainText()).isEqualTo(document.plainText());
        int three = areaText(paragraphs).indexOf("Three");
        Anchor anchor = offsets.toAnchor(three, three + 5);
        assertThat(anchor.textIn(document.plainText())).isEqualTo("Three");
        Anchor minister = new Anchor(document.plainText().indexOf("minister"), document.plainText().indexOf("minister") + 8);
        int[] area = offsets.toArea(minister);
        assertThat(areaText(paragraphs).substring(area[0], area[1])).isEqualTo("minister");
    }

    @Test
    void onlyWhiteSpaceOrNothingIsNoAnchor() {
        BodyOffsets offsets = BodyOffsets.of(List.of("A b", "", "c"));
        assertThat(offsets.toAnchor(1, 2)).isEqualTo(Anchor.GENERAL);
        assertThat(offsets.toAnchor(3, 5)).isEqualTo(Anchor.GENERAL);
        assertThat(offsets.toAnchor(2, 2)).isEqualTo(Anchor.GENERAL);
        assertThat(offsets.toArea(Anchor.GENERAL)).isNull();
        assertThat(offsets.toArea(new Anchor(2, 40))).isNull();
    }
}
