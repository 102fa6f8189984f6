package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.export.MarkdownWriter;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mark;
import org.newsdesk.model.Notes;
import org.newsdesk.model.Table;
import org.newsdesk.model.TableCell;
import org.newsdesk.model.TextRun;
import org.newsdesk.render.ImageResolver;

/** Pipe tables in and out of Markdown, and the Markdown export read back by the Markdown import. */
class MarkdownTablesTest {
    private final MarkdownConverter converter = new MarkdownConverter();
    private final MarkdownWriter writer = new MarkdownWriter();

    @Test
    void aPipeTableWithAHeaderAndCaptionBecomesATable() {
        Document body = converter.convert("""
                Visits:

                | City | Classes |
                |------|--------:|
                | Tangier | **12** |
                | Fès | 8 |

                Table: Visits by city
                """).body();
        assertThat(body.blocks()).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.TABLE);
        Block table = body.blocks().get(1);
        assertThat(table.runsText()).isEqualTo("Visits by city");
        assertThat(table.table().headerRow()).isTrue();
        assertThat(table.table().rows()).hasSize(3);
        assertThat(table.table().cell(1, 1).runs()).containsExactly(TextRun.of("12", Mark.BOLD));
        assertThat(table.table().cell(2, 0).text()).isEqualTo("Fès");
    }

    @Test
    void anEmptyHeaderRowMeansATableWithoutOne() {
        Block table = converter.convert("|  |  |\n|---|---|\n| a | b |\n").body().blocks().get(0);
        assertThat(table.table()).isEqualTo(Table.of(false, List.of("a", "b")));
    }

    @Test
    void theMarkdownExportReadsBackTheSameBody() {
        Document body = Document.of(
                Block.heading(2, "Programme"),
                Block.paragraph(TextRun.plain("Pupils "), TextRun.of("study", Mark.BOLD), TextRun.plain(" with "),
                        TextRun.link("historians", "https://example.org/h"), Notes.reference(1), TextRun.plain(" (a*b) #1.")),
                Block.bullet(0, "A kit"),
                Block.bullet(1, "in three languages"),
                Block.numbered(0, "First"),
                Block.quote("Children protect what they understand."),
                new Block(BlockType.TABLE, 0, Direction.AUTO, List.of(TextRun.plain("Visits")), null,
                        new Table(List.of(List.of(TableCell.of("City"), TableCell.of("Note | pipe")),
                                List.of(TableCell.of("Tangier"), new TableCell(List.of(TextRun.of("12", Mark.ITALIC))))), true)),
                Block.table(Table.of(false, List.of("no", "header"))),
                Notes.section(Language.ENGLISH, List.of(List.of(TextRun.plain("Source."))), Direction.AUTO).get(0),
                Notes.section(Language.ENGLISH, List.of(List.of(TextRun.plain("Source."))), Direction.AUTO).get(1));
        String markdown = writer.body(body, ImageResolver.none());
        Document back = converter.convert(markdown).body();
        assertThat(back.blocks()).as(markdown).extracting(Block::type).containsExactlyElementsOf(
                body.blocks().stream().map(Block::type).toList());
        assertThat(back.blocks().get(6)).as(markdown).isEqualTo(body.blocks().get(6));
        assertThat(back.blocks().get(7)).isEqualTo(body.blocks().get(7));
        assertThat(back.plainText()).isEqualTo(body.plainText());
        assertThat(back.blocks().get(1).runs()).contains(TextRun.link("historians", "https://example.org/h"),
                TextRun.link("1", "#note-1"));
        assertThat(back.blocks().get(3).level()).isEqualTo(1);
    }
}
