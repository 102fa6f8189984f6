package org.newsdesk.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.DocumentArbitraries;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;

class JsonCodecTest {
    private final JsonCodec codec = new JsonCodec();

    @Property(tries = 300)
    void everyDocumentSurvivesJson(@ForAll("documents") Document document) {
        assertThat(codec.readDocument(codec.writeDocument(document))).isEqualTo(document);
    }

    @Provide
    Arbitrary<Document> documents() {
        return DocumentArbitraries.documents();
    }

    @Test
    void articleWithEveryFieldSurvivesJson() {
        Article a = Article.draft("Réunion à Tánger", Language.of("fr"), Instant.parse("2026-03-01T10:15:30.123Z"))
                .withStandfirst("Sous-titre").withDateline("Tanger").withDate(LocalDate.of(2026, 3, 1))
                .withByline("Service de presse").withTags(List.of("Culture", "Jeunesse"))
                .withEmbargo(OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(1)))
                .withBody(Document.of(Block.heading(2, "Programme"),
                        Block.paragraph(TextRun.of("Gras", Mark.BOLD), TextRun.link(" lien", "https://example.org"))));
        assertThat(codec.readArticle(codec.writeArticle(a))).isEqualTo(a);
    }

    @Test
    void storedBodyJsonIsCompactAndReadable() {
        Document doc = Document.of(Block.paragraph("Hi"));
        String json = codec.writeDocument(doc);
        assertThat(json).isEqualTo("{\"blocks\":[{\"type\":\"paragraph\",\"level\":0,\"direction\":\"auto\","
                + "\"runs\":[{\"text\":\"Hi\"}],\"id\":\"" + doc.blocks().get(0).id() + "\"}]}");
        assertThat(codec.readDocument(json).blockIds()).isEqualTo(doc.blockIds()); // the id comes back
    }

    @Test
    void malformedJsonIsBadInput() {
        assertThatThrownBy(() -> codec.readDocument("{\"blocks\": [")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> codec.readDocument("{\"blocks\":[{\"type\":\"heading\",\"level\":9}]}"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("2 to 4");
    }
}
