package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Language;
import org.newsdesk.model.ValidationException;
import org.newsdesk.render.HtmlRenderer;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.PageOptions;
import org.newsdesk.render.SampleArticles;
import org.newsdesk.render.Templates;

class NinjsWriterTest {
    private static final List<ImageRendition> RENDITIONS = List.of(
            new ImageRendition("original", "https://cdn.example.org/p/" + SampleArticles.PHOTO + ".jpg", "image/jpeg",
                    1200, 800, 245_000),
            new ImageRendition("thumbnail", null, null, 0, 0, 0));
    private static NinjsSchema schema;
    private final JsonCodec codec = new JsonCodec();
    private final NinjsWriter writer = new NinjsWriter(codec,
            new HtmlRenderer(Templates.builtIn(), PageOptions.none(), codec));

    @BeforeAll
    static void loadSchema() {
        schema = new NinjsSchema();
    }

    static Stream<Arguments> variants() {
        List<Arguments> all = new ArrayList<>();
        for (Article base : List.of(SampleArticles.english(), SampleArticles.french(), SampleArticles.arabic(),
                SampleArticles.everything())) {
            for (boolean embargo : new boolean[] {false, true}) {
                for (boolean image : new boolean[] {false, true}) {
                    Article article = base.withEmbargo(embargo ? SampleArticles.embargo() : null)
                            .withFeaturedImage(image ? SampleArticles.PHOTO : null);
                    String name = base.language() + (embargo ? " embargoed" : "") + (image ? " with image" : "")
                            + (base.body().blocks().size() > 10 ? " (every block)" : "");
                    all.add(Arguments.of(name, article));
                }
            }
        }
        all.add(Arguments.of("empty draft", Article.draft("", Language.ENGLISH, SampleArticles.CREATED)));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyVariantIsValidNinjs(String name, Article article) {
        String json = writer.write(article, SampleArticles.images(), RENDITIONS);
        assertThat(schema.problems(json)).as(json).isEmpty();
    }

    @Test
    void mapsTheArticleFields() throws Exception {
        Article article = SampleArticles.arabic().withEmbargo(SampleArticles.embargo()).withFeaturedImage(SampleArticles.PHOTO);
        JsonNode ninjs = codec.mapper().readTree(writer.write(article, ImageResolver.none(), RENDITIONS));
        assertThat(ninjs.get("uri").asText()).isEqualTo("urn:newsdesk:article:33333333-3333-3333-3333-333333333333");
        assertThat(ninjs.get("type").asText()).isEqualTo("text");
        assertThat(ninjs.get("language").asText()).isEqualTo("ar");
        assertThat(ninjs.get("headlines").get(0).get("role").asText()).isEqualTo("main");
        assertThat(ninjs.get("headlines").get(0).get("value").asText()).isEqualTo(article.headline());
        assertThat(ninjs.get("headlines").get(1).get("role").asText()).isEqualTo("sub");
        assertThat(ninjs.get("headlines").get(1).get("value").asText()).isEqualTo(article.standfirst());
        assertThat(ninjs.get("by").asText()).isEqualTo(article.byline());
        assertThat(ninjs.get("located").asText()).isEqualTo(article.dateline());
        assertThat(ninjs.get("firstCreated").asText()).isEqualTo("2025-03-11T08:30:00Z");
        assertThat(ninjs.get("versionCreated").asText()).isEqualTo("2025-03-12T09:45:12Z");
        assertThat(ninjs.get("embargoedUntil").asText()).isEqualTo("2025-03-13T06:00:00+01:00");
        assertThat(ninjs.get("pubStatus").asText()).isEqualTo("withheld");
        assertThat(ninjs.get("subjects")).extracting(s -> s.get("name").asText()).containsExactlyElementsOf(article.tags());
        JsonNode body = ninjs.get("bodies").get(0);
        assertThat(body.get("contentType").asText()).isEqualTo("text/html");
        assertThat(body.get("value").asText()).startsWith("<p>").contains("<p dir=\"ltr\">The full text");
        assertThat(body.get("wordCount").asInt()).isEqualTo(article.body().wordCount());
        assertThat(body.get("charCount").asInt()).isPositive();
        JsonNode image = ninjs.get("associations").get(0);
        assertThat(image.get("name").asText()).isEqualTo("featured-image");
        assertThat(image.get("uri").asText()).isEqualTo("urn:newsdesk:asset:" + SampleArticles.PHOTO);
        assertThat(image.get("type").asText()).isEqualTo("picture");
        assertThat(image.get("renditions").get(0).get("width").asInt()).isEqualTo(1200);
        assertThat(image.get("renditions").get(1).has("href")).isFalse();
    }

    @Test
    void featuredImageTakesCaptionCreditAndAltFromItsFigure() throws Exception {
        JsonNode image = codec.mapper().readTree(writer.write(SampleArticles.everything(), ImageResolver.none(), List.of()))
                .get("associations").get(0);
        assertThat(image.get("by").asText()).isEqualTo("Photo: A. Photographer");
        assertThat(image.get("descriptions")).extracting(d -> d.get("role").asText() + "=" + d.get("value").asText())
                .containsExactly("caption=Engineers at a pumping station.",
                        "alt=Two engineers in helmets beside a large blue pump");
        assertThat(image.has("renditions")).isFalse();
    }

    @Test
    void countsLeaveOutCaptions() throws Exception {
        Article article = SampleArticles.article("66666666-6666-6666-6666-666666666666", "en", "h", "", "", "",
                org.newsdesk.model.Document.of(org.newsdesk.model.Block.paragraph("Two words"),
                        org.newsdesk.model.Block.image(new org.newsdesk.model.ImageRef("x", "caption words here", "", "", null))),
                List.of());
        JsonNode body = codec.mapper().readTree(writer.write(article, ImageResolver.none(), List.of())).get("bodies").get(0);
        assertThat(body.get("wordCount").asInt()).isEqualTo(2);
        assertThat(body.get("charCount").asInt()).isEqualTo(9);
    }

    @Test
    void onlyPublishedIsUsable() {
        for (ArticleStatus status : ArticleStatus.values()) {
            assertThat(NinjsWriter.pubStatus(status)).isEqualTo(status == ArticleStatus.PUBLISHED ? "usable" : "withheld");
        }
    }

    @Test
    void sameInputSameBytes() {
        Article article = SampleArticles.everything().withEmbargo(SampleArticles.embargo());
        assertThat(writer.write(article, SampleArticles.images(), RENDITIONS))
                .isEqualTo(new NinjsWriter(new JsonCodec(), new HtmlRenderer(Templates.builtIn(), PageOptions.none(),
                        new JsonCodec())).write(article, SampleArticles.images(), RENDITIONS));
    }

    @Test
    void renditionsNeedANameAndAnAbsoluteAddress() {
        assertThatThrownBy(() -> new ImageRendition(" ", null, null, 0, 0, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ImageRendition("original", "images/p.jpg", null, 0, 0, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("absolute URI");
    }
}
