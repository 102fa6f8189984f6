package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.fx;

import java.util.Map;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.importer.ClipboardSamples;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Document;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+V with Word, Google Docs and hostile HTML on the clipboard; Ctrl+Shift+V; copy and paste back. */
@ExtendWith(ApplicationExtension.class)
class PasteTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
    }

    private static void clipboard(String html, String text) {
        fx(() -> Clipboard.getSystemClipboard().setContent(html == null
                ? Map.of(DataFormat.PLAIN_TEXT, text)
                : Map.of(DataFormat.HTML, html, DataFormat.PLAIN_TEXT, text)));
    }

    @Test
    void wordHtmlBecomesCleanBlocks(FxRobot robot) {
        harness.start();
        clipboard(ClipboardSamples.WORD, "ignored");
        robot.push(KeyCode.CONTROL, KeyCode.V);
        Document doc = harness.document();
        assertThat(doc.blocks()).extracting(Block::type).containsExactly(BlockType.HEADING, BlockType.PARAGRAPH,
                BlockType.BULLET_ITEM, BlockType.BULLET_ITEM, BlockType.BULLET_ITEM, BlockType.NUMBERED_ITEM,
                BlockType.PARAGRAPH, BlockType.PARAGRAPH);
        assertThat(doc.blocks().get(1).runs()).contains(TextRun.of("opened", Mark.BOLD));
        assertThat(doc.plainText()).doesNotContain("mso", "·", "Calibri");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(harness.document()).isEqualTo(Document.EMPTY);
    }

    @Test
    void googleDocsHtmlKeepsBoldItalicAndLinks(FxRobot robot) {
        harness.start();
        clipboard(ClipboardSamples.GOOGLE_DOCS, "ignored");
        robot.push(KeyCode.CONTROL, KeyCode.V);
        Document doc = harness.document();
        assertThat(doc.blocks().get(0)).isEqualTo(Block.heading(3, "Programme"));
        assertThat(doc.blocks().get(1).runs()).contains(TextRun.of("third", Mark.BOLD), TextRun.of(" season", Mark.ITALIC));
    }

    @Test
    void hostileHtmlPastesOnlyCleanText(FxRobot robot) {
        harness.load(Document.of(Block.paragraph("Before  after")));
        harness.caretTo(7);
        clipboard("<script>alert(1)</script><b onclick=\"x()\">safe</b> <a href=\"javascript:alert(2)\">link</a>"
                + "<img src=x onerror=alert(3)><style>*{}</style>", "ignored");
        robot.push(KeyCode.CONTROL, KeyCode.V);
        Document doc = harness.document();
        assertThat(doc.blocks()).hasSize(1);
        assertThat(doc.blocks().get(0).runs()).containsExactly(TextRun.plain("Before "), TextRun.of("safe", Mark.BOLD),
                TextRun.plain(" link after"));
    }

    @Test
    void pasteIntoAHeadingKeepsTheHeading(FxRobot robot) {
        harness.load(Document.of(Block.heading(2, "News: ")));
        harness.caretTo(6);
        clipboard("<p>Tangier</p>", "Tangier");
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertThat(harness.document()).isEqualTo(Document.of(Block.heading(2, "News: Tangier")));
        harness.load(Document.of(Block.heading(2, "Title")));
        harness.caretTo(0);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertThat(harness.document()).isEqualTo(Document.of(Block.heading(2, "TangierTitle")));
    }

    @Test
    void plainTextSplitsOnBlankLinesAndCtrlShiftVIgnoresHtml(FxRobot robot) {
        harness.start();
        clipboard(null, "First line\ncontinues.\n\nSecond paragraph.");
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph("First line continues."),
                Block.paragraph("Second paragraph.")));

        harness.start();
        clipboard("<h2>Heading</h2><p><b>bold</b></p>", "Heading\n\nbold");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph("Heading"), Block.paragraph("bold")));
    }

    @Test
    void copyThenPasteKeepsFormatting(FxRobot robot) {
        Document source = Document.of(Block.paragraph(TextRun.plain("a "), TextRun.of("bold", Mark.BOLD),
                TextRun.plain(" "), TextRun.link("link", "https://example.org")), Block.bullet(1, "item"));
        harness.load(source);
        fx(() -> harness.editor.area().selectAll());
        robot.push(KeyCode.CONTROL, KeyCode.C);
        harness.start();
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertThat(harness.document()).isEqualTo(source);
    }

    @Test
    void anHtmlTableIsPastedAsATableAndCopiedBackAsOne(FxRobot robot) {
        harness.start();
        clipboard("<table><tr><th>City</th><th>Classes</th></tr><tr><td>Tangier</td><td><i>12</i></td></tr></table>",
                "City Classes Tangier 12");
        robot.push(KeyCode.CONTROL, KeyCode.V);
        Document doc = harness.document();
        Block table = doc.blocks().stream().filter(b -> b.type() == BlockType.TABLE).findFirst().orElseThrow();
        assertThat(table.table().headerRow()).isTrue();
        assertThat(table.table().cell(1, 1).runs()).containsExactly(TextRun.of("12", Mark.ITALIC));

        fx(() -> harness.editor.area().selectAll());
        robot.push(KeyCode.CONTROL, KeyCode.C);
        harness.start();
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertThat(harness.document().blocks()).contains(table);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(harness.document().blocks()).doesNotContain(table);
    }
}
