package org.newsdesk.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Language;
import org.newsdesk.model.Revision;
import org.newsdesk.render.SampleArticles;

class NativeArticleRoundTripTest {
    private final JsonCodec codec = new JsonCodec();
    private final NativeArticleWriter writer = new NativeArticleWriter(codec);
    private final NativeArticleReader reader = new NativeArticleReader(codec);

    static Stream<Article> articles() {
        Article full = SampleArticles.everything()
                .withEmbargo(SampleArticles.embargo())
                .withTranslationGroup(UUID.fromString("99999999-9999-9999-9999-999999999999"))
                .withSlug("custom-slug")
                .withStatus(ArticleStatus.PUBLISHED)
                .withStored(42, Instant.parse("2024-01-02T03:04:05.123456789Z"), Instant.parse("2025-06-07T08:09:10Z"));
        return Stream.of(SampleArticles.english(), SampleArticles.french(), SampleArticles.arabic(), full,
                Article.draft("", Language.ENGLISH, Instant.parse("2025-01-01T00:00:00Z")),
                new Article(UUID.fromString("77777777-7777-7777-7777-777777777777"), null, Language.of("fr-CA"), null,
                        "Minimal", null, null, null, null, null, null, null, null, null, 0, null, null));
    }

    @ParameterizedTest
    @MethodSource("articles")
    void articleComesBackEqual(Article article) {
        NativeArticleFile file = reader.read(writer.write(article));
        assertThat(file.article()).isEqualTo(article);
        assertThat(file.revisions()).isEmpty();
    }

    @Test
    void revisionsComeBackEqualWhenAskedFor() {
        Article current = SampleArticles.arabic();
        List<Revision> revisions = List.of(
                new Revision(1, "Sara", Instant.parse("2025-03-11T09:00:00Z"), "first draft", current.withHeadline("Old")),
                new Revision(2, "Omar", Instant.parse("2025-03-12T09:00:00Z"), null, current));
        NativeArticleFile file = reader.read(writer.write(current, revisions));
        assertThat(file.article()).isEqualTo(current);
        assertThat(file.revisions()).isEqualTo(revisions);
    }

    @Test
    void anEmptyBodyReadsBackAndCarriesNoDerivedFields() throws Exception {
        Article draft = Article.draft("Empty", Language.ENGLISH, Instant.parse("2025-01-01T00:00:00Z"));
        JsonNode written = codec.mapper().readTree(writer.write(draft));
        assertThat(written.get("article").path("body").has("empty")).isFalse(); // Document.isEmpty() is not a field
        assertThat(codec.readArticle(written.get("article").toString())).isEqualTo(draft);
        String withoutBody = wrap(codec.write(draft)); // JsonCodec drops the empty block list
        assertThat(reader.read(withoutBody).article()).isEqualTo(draft);
    }

    @Test
    void fileStartsWithFormatAndVersionAndIsStable() throws Exception {
        String json = writer.write(SampleArticles.english());
        JsonNode root = codec.mapper().readTree(json);
        assertThat(root.fieldNames()).toIterable().containsExactly("format", "version", "article");
        assertThat(root.get("format").asText()).isEqualTo("newsdesk-article");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(json).endsWith("}\n").isEqualTo(writer.write(SampleArticles.english()));
    }

    @Test
    void readsFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("story.json");
        Files.writeString(file, writer.write(SampleArticles.french()));
        assertThat(reader.read(file).article()).isEqualTo(SampleArticles.french());
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.json")))
                .isInstanceOf(BadInputException.class).hasMessage("The file " + dir.resolve("missing.json") + " does not exist.");
        Files.writeString(file, "{\"format\":\"something-else\",\"version\":1}");
        assertThatThrownBy(() -> reader.read(file)).hasMessage(
                "The file " + file + " is not a Newsdesk article file: its format is \"something-else\", not \"newsdesk-article\".");
    }

    @Test
    void refusesWhatIsNotAnArticleFileWithOneClearSentence() {
        String article = codec.write(SampleArticles.english());
        assertRefused("not json", "The file is not valid JSON at line 1, column 1: Unrecognized token 'not'");
        assertRefused("[1, 2]", "The file is not a Newsdesk article file: it holds no JSON object.");
        assertRefused("", "The file is not a Newsdesk article file: it holds no JSON object.");
        assertRefused("{\"version\":1,\"article\":" + article + "}",
                "The file is not a Newsdesk article file: it has no \"format\" field.");
        assertRefused("{\"format\":\"newsdesk-article\",\"article\":" + article + "}",
                "The file has no whole-number \"version\" field.");
        assertRefused("{\"format\":\"newsdesk-article\",\"version\":\"1\",\"article\":" + article + "}",
                "The file has no whole-number \"version\" field.");
        assertRefused("{\"format\":\"newsdesk-article\",\"version\":2,\"article\":" + article + "}",
                "The file is version 2 of the article format, made by a newer Newsdesk; this one reads up to version 1.");
        assertRefused("{\"format\":\"newsdesk-article\",\"version\":1}", "The file has no \"article\" object.");
        assertRefused("{\"format\":\"newsdesk-article\",\"version\":1,\"article\":" + article + "} trailing",
                "The file is not valid JSON");
        assertRefused("{\"format\":\"newsdesk-article\",\"version\":1,\"article\":" + article + ",\"revisions\":{}}",
                "The file has a \"revisions\" field that is not a list.");
    }

    @Test
    void invalidValuesNameTheirField() {
        String article = codec.write(SampleArticles.english());
        assertRefused(wrap(article.replace("\"language\":\"en\"", "\"language\":\"xx\"")),
                "The file has an invalid value at article.language: \"xx\" is not a known language (try en, fr or ar).");
        assertRefused(wrap(article.replace("\"status\":\"approved\"", "\"status\":\"lost\"")),
                "The file has an invalid value at article.status:");
        assertRefused(wrap(article.replace("\"type\":\"heading\",\"level\":2", "\"type\":\"heading\",\"level\":9")),
                "The file has an invalid value at article.body.blocks[1]: Heading level must be 2 to 4, not 9.");
        assertRefused(wrap(article.replace("\"id\":\"11111111-1111-1111-1111-111111111111\",", "")),
                "The file has an invalid value at article: a required value is missing (id).");
    }

    private static String wrap(String article) {
        return "{\"format\":\"newsdesk-article\",\"version\":1,\"article\":" + article + "}";
    }

    private void assertRefused(String json, String messageStart) {
        assertThatThrownBy(() -> reader.read(json)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(messageStart)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").endsWith("."));
    }
}
