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
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.model.ValidationException;
import org.newsdesk.render.HtmlRenderer;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.PageOptions;
import org.newsdesk.render.ResolvedImage;
import org.newsdesk.render.SampleArticles;
import org.newsdesk.render.Templates;

class NinjsWriterTest {
    /** Every picture exported as an original 1200 x 800 JPEG with copies 800 and 400 pixels wide. */
    private static final ImageResolver WITH_COPIES = id -> java.util.Optional.of(new ResolvedImage(
            "images/" + id + ".jpg", 1200, 800, List.of(
                    new ResolvedImage.Source("images/" + id + "-800.jpg", 800, 533, "image/jpeg", 80_000),
                    new ResolvedImage.Source("images/" + id + "-400.jpg", 400, 267, "image/jpeg", 21_000)),
            "image/jpeg", 245_000));
    private static NinjsSchema schema;
    private final JsonCodec codec = new JsonCodec();
    private final NinjsWriter writer = new NinjsWriter(codec,
            new HtmlRenderer(Templates.builtIn(), PageOptions.none(), codec));
    private final NinjsWriter onSite = new NinjsWriter(codec,
            new HtmlRenderer(Templates.builtIn(), new PageOptions("https://news.example.org/articles/", null), codec));

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
        for (NinjsWriter w : List.of(writer, onSite)) {
            String json = w.write(article, WITH_COPIES);
            assertThat(schema.problems(json)).as(json).isEmpty();
        }
    }

    @Test
    void mapsTheArticleFields() throws Exception {
        Article article = SampleArticles.arabic().withEmbargo(SampleArticles.embargo()).withFeaturedImage(SampleArticles.PHOTO);
        JsonNode ninjs = codec.mapper().readTree(writer.write(article, WITH_COPIES));
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
        assertThat(image.get("renditions").get(1).has("href")).as("no site address known: no href").isFalse();
    }

    @Test
    void everyPictureIsAnAssociationWithItsRenditionsCaptionCreditAndAltText() throws Exception {
        Article article = SampleArticles.article("77777777-7777-7777-7777-777777777777", "en", "Two pictures", "", "",
                "", Document.of(Block.paragraph("Text."),
                        Block.image(new ImageRef("aaaa", "The minister at the gate.", "Photo: Leila H.",
                                "A woman in a blue coat at a carved wooden gate", null)),
                        Block.image(new ImageRef("bbbb", "Pupils in the courtyard.", "© ICCE / Omar N.",
                                "Children sitting on stone steps", null)),
                        Block.image(new ImageRef("aaaa", "The same picture again.", "", "", null))),
                List.of()).withFeaturedImage("bbbb");
        String json = onSite.write(article, WITH_COPIES);
        assertThat(schema.problems(json)).as(json).isEmpty();
        JsonNode associations = codec.mapper().readTree(json).get("associations");
        assertThat(associations).extracting(a -> a.get("name").asText() + "/" + a.get("rel").asText() + "/"
                + a.get("uri").asText()).containsExactly("featured-image/featured/urn:newsdesk:asset:bbbb",
                "picture-1/inline/urn:newsdesk:asset:aaaa");
        JsonNode inline = associations.get(1);
        assertThat(inline.get("type").asText()).isEqualTo("picture");
        assertThat(inline.get("by").asText()).isEqualTo("Photo: Leila H.");
        assertThat(inline.get("descriptions")).extracting(d -> d.get("role").asText() + "=" + d.get("value").asText())
                .containsExactly("caption=The minister at the gate.",
                        "alt=A woman in a blue coat at a carved wooden gate");
        assertThat(inline.get("renditions")).extracting(r -> r.get("name").asText() + " " + r.get("href").asText()
                + " " + r.get("width") + "x" + r.get("height") + " " + r.get("contentType").asText() + " "
                + r.get("sizeInBytes")).containsExactly(
                "original https://news.example.org/articles/images/aaaa.jpg 1200x800 image/jpeg 245000",
                "w800 https://news.example.org/articles/images/aaaa-800.jpg 800x533 image/jpeg 80000",
                "w400 https://news.example.org/articles/images/aaaa-400.jpg 400x267 image/jpeg 21000");
        assertThat(associations.get(0).get("by").asText()).isEqualTo("© ICCE / Omar N.");
    }

    @Test
    void featuredImageTakesCaptionCreditAndAltFromItsFigure() throws Exception {
        JsonNode image = codec.mapper().readTree(writer.write(SampleArticles.everything(), ImageResolver.none()))
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
        JsonNode body = codec.mapper().readTree(writer.write(article, ImageResolver.none())).get("bodies").get(0);
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
        assertThat(writer.write(article, WITH_COPIES))
                .isEqualTo(new NinjsWriter(new JsonCodec(), new HtmlRenderer(Templates.builtIn(), PageOptions.none(),
                        new JsonCodec())).write(article, WITH_COPIES));
    }

    @Test
    void renditionsNeedANameAndAnAbsoluteAddress() {
        assertThatThrownBy(() -> new ImageRendition(" ", null, null, 0, 0, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ImageRendition("original", "images/p.jpg", null, 0, 0, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("absolute URI");
    }
}
