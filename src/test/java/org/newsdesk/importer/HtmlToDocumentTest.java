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

    /** What Word 365 on Windows puts on the clipboard (trimmed, but with its real quirks). */
    static final String WORD = """
            <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
            xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
            <head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
            <meta name=Generator content="Microsoft Word 15">
            <style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
            @list l0:level1 {mso-level-number-format:bullet;} --></style>
            <!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
            </head>
            <body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
            <!--StartFragment-->
            <h2 style='mso-margin-top-alt:auto'><span style='mso-fareast-font-family:"Times New Roman"'>Festival opens in Tangier<o:p></o:p></span></h2>
            <p class=MsoNormal><span style='font-size:12.0pt;color:#333333'>The festival <b>opened</b> on
            <i style='mso-bidi-font-style:normal'>Monday</i> with <u>forty</u> <s>thirty</s> workshops.<o:p></o:p></span></p>
            <p class=MsoNormal><o:p>&nbsp;</o:p></p>
            <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
            style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
            style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Restoration<o:p></o:p></p>
            <p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
            style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Paper conservation<o:p></o:p></p>
            <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
            style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]>Calligraphy<o:p></o:p></p>
            <p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
            style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Register online<o:p></o:p></p>
            <p class=MsoNormal>E = mc<sup>2</sup> and H<sub>2</sub>O, see <a href="https://example.org/festival">the site</a>.</p>
            <p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'><span lang=AR-SA
            style='font-family:"Arial",sans-serif'>افتتح المهرجان في طنجة.<o:p></o:p></span></p>
            <!--EndFragment-->
            </body></html>
            """;

    /** What Google Docs puts on the clipboard: everything wrapped in a non-bold <b>, styles on spans. */
    static final String GOOGLE_DOCS = """
            <meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-3f1c2a7b-7fff-1b2c-8d11-5a1e4c0f9d21">
            <h3 dir="ltr" style="line-height:1.38;margin-top:16pt;margin-bottom:4pt;"><span style="font-size:13.999999999999998pt;font-family:Arial,sans-serif;color:#434343;font-weight:400;">Programme</span></h3>
            <p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:normal;">The </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:700;font-style:normal;">third</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:italic;"> season</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;"> starts, see </span><a href="https://www.google.com/url?q=https://example.org&amp;sa=D" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;font-weight:400;text-decoration:underline;-webkit-text-decoration-skip:none;">the site</span></a><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">.</span></p>
            <br>
            <ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">
            <li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">Manuscripts</span></p></li>
            <li dir="ltr" style="list-style-type:circle;font-size:11pt;font-family:Arial,sans-serif;" aria-level="2"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;text-decoration:line-through;">Binding</span></p></li>
            </ul>
            <ol style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:decimal;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:400;vertical-align:super;">1</span><span style="font-weight:400;">st step</span></p></li></ol>
            <p dir="rtl" style="line-height:1.38;"><span style="font-weight:400;">نص عربي</span></p>
            </b>
            """;

    @Test
    void wordKeepsStructureAndMeaningAndDropsItsMarkup() {
        Document doc = converter.convert(WORD);
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
        List<Block> blocks = converter.convert(GOOGLE_DOCS).blocks();
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
}
