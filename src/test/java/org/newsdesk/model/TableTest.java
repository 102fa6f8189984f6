package org.newsdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    @Test
    void raggedRowsAreFilledOutAndAnEmptyTableHasOneCell() {
        Table table = new Table(List.of(List.of(TableCell.of("a"), TableCell.of("b")), List.of(TableCell.of("c"))), true);
        assertThat(table.columnCount()).isEqualTo(2);
        assertThat(table.cell(1, 1)).isEqualTo(TableCell.EMPTY);
        assertThat(new Table(List.of(), false).rows()).containsExactly(List.of(TableCell.EMPTY));
    }

    @Test
    void rowsAndColumnsAreAddedAndRemovedButOneCellStays() {
        Table table = Table.of(true, List.of("City", "Date"), List.of("Tangier", "4 April"));
        Table wider = table.withColumnInserted(1);
        assertThat(wider.text()).isEqualTo("City\t\tDate\nTangier\t\t4 April");
        assertThat(wider.withColumnRemoved(1)).isEqualTo(table);
        Table longer = table.withRowInserted(1);
        assertThat(longer.rowCount()).isEqualTo(3);
        assertThat(longer.withRowRemoved(1)).isEqualTo(table);
        Table single = Table.empty(1, 1, false);
        assertThat(single.withRowRemoved(0)).isEqualTo(single);
        assertThat(single.withColumnRemoved(0)).isEqualTo(single);
    }

    @Test
    void aTableBlockReadsAsItsCaptionThenItsCells() {
        Block block = new Block(BlockType.TABLE, 0, Direction.AUTO, List.of(TextRun.plain("Visits")), null,
                Table.of(false, List.of("Tangier", "12")));
        assertThat(block.text()).isEqualTo("Visits\nTangier\t12");
        assertThat(Document.of(block).wordCount()).isEqualTo(3);
        assertThat(Block.table(Table.of(false, List.of("a"))).text()).isEqualTo("a");
        assertThatThrownBy(() -> new Block(BlockType.TABLE, 0, Direction.AUTO, List.of(), null, (Table) null))
                .isInstanceOf(NullPointerException.class);
        assertThat(Block.paragraph("x").withTable(Table.empty(1, 1, false)).table()).as("only tables hold one").isNull();
    }

    @Test
    void editingAsPlainTextKeepsTheMarksAroundTheChange() {
        List<TextRun> runs = List.of(TextRun.plain("Up "), TextRun.of("12", Mark.BOLD), TextRun.plain(" %"));
        assertThat(RunEdits.withText(runs, "Up 125 %")).containsExactly(TextRun.plain("Up "), TextRun.of("125", Mark.BOLD),
                TextRun.plain(" %"));
        assertThat(RunEdits.withText(runs, "Down 12 %")).containsExactly(TextRun.plain("Down "),
                TextRun.of("12", Mark.BOLD), TextRun.plain(" %"));
        assertThat(RunEdits.withText(runs, "")).isEmpty();
        assertThat(RunEdits.withText(List.of(), "new")).containsExactly(TextRun.plain("new"));
    }

    @Test
    void togglingAMarkOnSomeCharacters() {
        List<TextRun> runs = List.of(TextRun.plain("Tangier 12"));
        List<TextRun> bold = RunEdits.toggle(runs, 8, 10, Mark.BOLD);
        assertThat(bold).containsExactly(TextRun.plain("Tangier "), TextRun.of("12", Mark.BOLD));
        assertThat(RunEdits.toggle(bold, 8, 10, Mark.BOLD)).containsExactly(TextRun.plain("Tangier 12"));
        assertThat(RunEdits.toggle(RunEdits.toggle(runs, 0, 2, Mark.SUPERSCRIPT), 0, 2, Mark.SUBSCRIPT))
                .startsWith(TextRun.of("Ta", Mark.SUBSCRIPT));
    }
}
