package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;

class HtmlToDocumentTest {

    private final HtmlToDocument converter = new HtmlToDocument();

    @Test
    void wordKeepsStructureAndMeaningAndDropsItsMarkup() {
        Document doc = converter.convert(ClipboardSamples.WORD);
        List<Block> blocks = doc.blocks();
        assertThat(blocks).extracting(Block::type).containsExactly(BlockType.HEADING, BlockType.PARAGRAPH,
                BlockType.BULLET_ITEM, BlockType.BULLET_ITEM, BlockType.BULLET_ITEM, BlockType.NUMBERED_ITEM,
                BlockType.PARAGRAPH, BlockType.PARAGRAPH);
        assertThat(blocks).extracting(Block::text).containsExactly("Festival opens in Tangier",
                "The festival opened on Monday with forty thirty workshops.", "Restoration", "Paper conservation",
                "Calligraphy", "Register online", "E = mc2 and H2O, see the site.", "افتتح المهرجان في طنجة.");
        assertThat(blocks).extracting(Block::level).containsExactly(2, 0, 0, 1, 0, 0, 0, 0);
        assertThat(blocks.get(1).runs()).contains(TextRun.of("opened", Mark.BOLD), TextRun.of("Monday", Mark.ITALIC),
                TextRun.of("forty", Mark.UNDERLINE), TextRun.of("thirty", Mark.STRIKETHROUGH));
        assertThat(blocks.get(6).runs()).contains(TextRun.of("2", Mark.SUPERSCRIPT), TextRun.of("2", Mark.SUBSCRIPT),
                TextRun.link("the site", "https://example.org/festival"));
        assertThat(blocks.get(7).direction()).isEqualTo(Direction.RTL);
        assertThat(doc.plainText()).doesNotContain("mso", "Calibri", "·", "supportLists", "o:p", "\u00A0");
    }

    @Test
    void googleDocsSpanStylesBecomeMarks() {
        List<Block> blocks = converter.convert(ClipboardSamples.GOOGLE_DOCS).blocks();
        assertThat(blocks).extracting(Block::type).containsExactly(BlockType.HEADING, BlockType.PARAGRAPH,
                BlockType.BULLET_ITEM, BlockType.BULLET_ITEM, BlockType.NUMBERED_ITEM, BlockType.PARAGRAPH);
        assertThat(blocks.get(0)).isEqualTo(Block.heading(3, "Programme"));
        assertThat(blocks.get(1).runs()).containsExactly(TextRun.plain("The "), TextRun.of("third", Mark.BOLD),
                TextRun.of(" season", Mark.ITALIC), TextRun.plain(" starts, see "),
                TextRun.link("the site", "https://www.google.com/url?q=https://example.org&sa=D"), TextRun.plain("."));
        assertThat(blocks.get(3).level()).isEqualTo(1);
        assertThat(blocks.get(3).runs()).containsExactly(TextRun.of("Binding", Mark.STRIKETHROUGH));
        assertThat(blocks.get(4).runs()).containsExactly(TextRun.of("1", Mark.SUPERSCRIPT), TextRun.plain("st step"));
        assertThat(blocks.get(5).direction()).isEqualTo(Direction.RTL);
    }

    @Test
    void hostileHtmlLeavesOnlyCleanText() {
        String hostile = """
                <div onclick="steal()"><script>alert(document.cookie)</script>
                <p style="color:red" onmouseover="x()">Click <a href="javascript:alert(1)">here</a> or
                <a href=" JaVa&#x09;ScRipt:alert(2)">there</a> or <a href="data:text/html;base64,PHNjcmlwdD4=">data</a>
                or <a href="vbscript:msgbox">vb</a>.<img src=x onerror=alert(3)></p>
                <iframe src="https://evil.example"></iframe><style>p{}</style>
                <svg><script>alert(4)</script><text>svg text</text></svg>
                <a href="mailto:press@example.org" onclick="x()">Write</a>
                <form action="https://evil.example"><input value="secret"><textarea>typed</textarea></form></div>
                """;
        Document doc = converter.convert(hostile);
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Click here or there or data or vb.", "Write");
        assertThat(doc.blocks().get(0).runs()).allSatisfy(run -> assertThat(run.link()).isNull());
        assertThat(doc.blocks().get(1).runs()).containsExactly(TextRun.link("Write", "mailto:press@example.org"));
        assertThat(doc.plainText()).doesNotContain("alert", "steal", "svg text", "secret", "typed");
    }

    @Test
    void nestedHtmlListsKeepTheirDepth() {
        String html = "<ul><li>One<ul><li>One.a</li><li>One.b<ol><li>Deep</li></ol></li></ul></li><li>Two</li></ul>"
                + "<blockquote><p>Quoted</p><p>Twice</p></blockquote>";
        List<Block> blocks = converter.convert(html).blocks();
        assertThat(blocks).containsExactly(Block.bullet(0, "One"), Block.bullet(1, "One.a"), Block.bullet(1, "One.b"),
                Block.numbered(2, "Deep"), Block.bullet(0, "Two"), Block.quote("Quoted"), Block.quote("Twice"));
    }

    @Test
    void whitespaceCollapsesLikeABrowserAndBreaksSplitParagraphs() {
        List<Block> blocks = converter.convert("<p>  a\n  <b>bold</b>   <i> word </i> end <br>second line</p>").blocks();
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).runs()).containsExactly(TextRun.plain("a "), TextRun.of("bold", Mark.BOLD),
                TextRun.plain(" "), TextRun.of("word ", Mark.ITALIC), TextRun.plain("end"));
        assertThat(blocks.get(1)).isEqualTo(Block.paragraph("second line"));
    }

    @Test
    void emptyAndTextOnlyInput() {
        assertThat(converter.convert("")).isEqualTo(Document.EMPTY);
        assertThat(converter.convert("<p>&nbsp;</p><div> </div>")).isEqualTo(Document.EMPTY);
        assertThat(converter.convert("just text").blocks()).containsExactly(Block.paragraph("just text"));
        assertThat(converter.convert("<h1>Title</h1><h6>Small</h6>").blocks())
                .containsExactly(Block.heading(2, "Title"), Block.heading(4, "Small"));
        assertThat(Set.of(LinkPolicy.safe("https://a.org").orElseThrow(), LinkPolicy.fromUserInput("example.org").orElseThrow(),
                LinkPolicy.fromUserInput("press@example.org").orElseThrow()))
                .containsExactlyInAnyOrder("https://a.org", "https://example.org", "mailto:press@example.org");
        assertThat(LinkPolicy.fromUserInput("javascript:alert(1)")).isEmpty();
        assertThat(LinkPolicy.safe("https://")).isEmpty();
    }

    @Test
    void aDataTableKeepsItsRowsCellsHeaderAndCaption() {
        Document doc = new HtmlToDocument().convert("<p>Before</p><table class=MsoTableGrid><caption>Visits</caption>"
                + "<thead><tr><th>City</th><th>Classes</th></tr></thead><tbody><tr><td><p class=MsoNormal>Tangier</p></td>"
                + "<td><b>12</b><script>x()</script></td></tr><tr><td colspan=2>Total <a href=\"javascript:x()\">all</a>"
                + "</td></tr></tbody></table><p>After</p>");
        assertThat(doc.blocks()).extracting(org.newsdesk.model.Block::type).containsExactly(
                org.newsdesk.model.BlockType.PARAGRAPH, org.newsdesk.model.BlockType.TABLE, org.newsdesk.model.BlockType.PARAGRAPH);
        var table = doc.blocks().get(1);
        assertThat(table.runsText()).isEqualTo("Visits");
        assertThat(table.table().headerRow()).isTrue();
        assertThat(table.table().cell(1, 1).runs()).containsExactly(org.newsdesk.model.TextRun.of("12", org.newsdesk.model.Mark.BOLD));
        assertThat(table.table().cell(2, 0).runs()).containsExactly(org.newsdesk.model.TextRun.plain("Total all"));
        assertThat(table.table().cell(2, 1).text()).isEmpty();
    }

    @Test
    void aLayoutTableGivesItsWordsAsBlocks() {
        Document doc = new HtmlToDocument().convert("<table><tr><td><h2>Menu</h2><ul><li>Home</li></ul></td>"
                + "<td><p>Story text.</p></td></tr></table>");
        assertThat(doc.blocks()).extracting(org.newsdesk.model.Block::type).doesNotContain(org.newsdesk.model.BlockType.TABLE);
        assertThat(doc.plainText()).contains("Menu", "Home", "Story text.");
    }
}
