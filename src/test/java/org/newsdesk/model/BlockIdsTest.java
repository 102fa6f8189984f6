package org.newsdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockIdsTest {

    @Test
    void everyBlockOfADocumentGetsAnIdUniqueInIt() {
        Document doc = Document.of(Block.paragraph("One"), Block.paragraph("Two"), Block.heading(2, "Three"));
        assertThat(doc.blockIds()).doesNotContainNull().doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void idsAreKeptAndADuplicateGetsANewOneWhileTheFirstHolderKeepsIt() {
        Document doc = Document.of(Block.paragraph("One"), Block.paragraph("Two"));
        String first = doc.blockIds().get(0);
        // what a split or an in-document paste leaves: the same id twice
        Document split = new Document(List.of(doc.blocks().get(0), Block.paragraph("One, second half").withId(first),
                doc.blocks().get(1)));
        assertThat(split.blockIds().get(0)).isEqualTo(first);
        assertThat(split.blockIds().get(2)).isEqualTo(doc.blockIds().get(1));
        assertThat(split.blockIds()).doesNotHaveDuplicates();
    }

    @Test
    void theSameContentWithoutIdsGetsTheSameIdsEveryTime() {
        // an old library's article is read again and again before it is saved with ids
        List<Block> old = List.of(Block.paragraph("One"), Block.quote("Two"));
        assertThat(new Document(old).blockIds()).isEqualTo(new Document(old).blockIds());
    }

    @Test
    void aNewBlockInsertedAtTheTopDoesNotTakeTheIdOfTheBlockAfterIt() {
        Document doc = Document.of(Block.paragraph("One"), Block.paragraph("Two"));
        Document withNewTop = new Document(List.of(Block.paragraph("New"), doc.blocks().get(0), doc.blocks().get(1)));
        assertThat(withNewTop.blockIds().subList(1, 3)).isEqualTo(doc.blockIds());
        assertThat(withNewTop.blockIds()).doesNotHaveDuplicates();
    }

    @Test
    void idsAreIdentityNotContent() {
        assertThat(Block.paragraph("Same").withId("a")).isEqualTo(Block.paragraph("Same").withId("b"));
        assertThat(Block.paragraph("Same").withId("a")).isNotEqualTo(Block.paragraph("Other").withId("a"));
    }
}
