package org.newsdesk.ui.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.Table;
import org.newsdesk.model.TextRun;

/** A table's unit in the side-by-side view: its caption and cells, never its cells turned into a caption. */
class TranslatedTableTest {
    private static final Table VISITS = Table.of(true, List.of("City", "Date"), List.of("Tangier", "4 April"));

    private static Article with(Block table) {
        return Article.draft("Visits", Language.of("fr"), Instant.parse("2026-03-01T00:00:00Z"))
                .withBody(new Document(List.of(Block.paragraph("Intro."), table)));
    }

    private static Block tableOf(Article article) {
        return article.body().blocks().stream().filter(b -> b.type() == BlockType.TABLE).findFirst().orElseThrow();
    }

    @Test
    void aTranslatedTableKeepsItsGridAndCaption() {
        Article article = with(new Block(BlockType.TABLE, 0, Direction.AUTO, List.of(TextRun.plain("Visits by city")), null, VISITS));
        Block before = tableOf(article);
        Article translated = TranslationViewModel.withUnitText(article, before.id(),
                "Visites par ville\nVille\tDate\nTanger\t4 avril");
        Block after = tableOf(translated);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.runsText()).isEqualTo("Visites par ville");
        assertThat(after.table().headerRow()).isTrue();
        assertThat(after.table().cell(1, 0).text()).isEqualTo("Tanger");
        assertThat(after.table().cell(1, 1).text()).isEqualTo("4 avril");
    }

    @Test
    void aTextOfAnotherShapeLeavesTheTableAsItWas() {
        Article article = with(Block.table(VISITS));
        Block before = tableOf(article);
        Article edited = TranslationViewModel.withUnitText(article, before.id(), "Ville Date Tanger 4 avril");
        assertThat(tableOf(edited)).isEqualTo(before);
        assertThat(tableOf(edited).runsText()).isEmpty();
    }
}
