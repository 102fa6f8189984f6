package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;
import org.newsdesk.model.ValidationException;

/** The page carries the article's language, direction and metadata where readers and crawlers look for them. */
class PageStructureTest {
    private final JsonCodec codec = new JsonCodec();
    private final HtmlRenderer site = new HtmlRenderer(Templates.builtIn(),
            new PageOptions("https://news.example.org/articles", "Example News"), codec);
    private final HtmlRenderer bare = new HtmlRenderer(Templates.builtIn(), PageOptions.none(), codec);

    private Document page(HtmlRenderer renderer, Article article) {
        return Jsoup.parse(renderer.page(article, SampleArticles.images()));
    }

    @Test
    void arabicPageIsRightToLeftAndEnglishBlocksInsideItAreNot() {
        Document page = page(site, SampleArticles.arabic());
        Element html = page.selectFirst("html");
        assertThat(html.attr("lang")).isEqualTo("ar");
        assertThat(html.attr("dir")).isEqualTo("rtl");
        assertThat(page.select(".article-body [dir]")).extracting(Element::text)
                .containsExactly("The full text of the agreement is published in English.", "UN Water Programme");
        assertThat(page.select(".article-body [dir]")).allSatisfy(e -> assertThat(e.attr("dir")).isEqualTo("ltr"));
        assertThat(page.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("ar");
    }

    @Test
    void englishAndFrenchPagesAreLeftToRight() {
        assertThat(page(site, SampleArticles.english()).selectFirst("html").attributes().html())
                .isEqualTo(" lang=\"en\" dir=\"ltr\"");
        assertThat(page(site, SampleArticles.french()).selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page(site, SampleArticles.french()).select(".article-body [dir]")).isEmpty();
    }

    @Test
    void headerHasHeadlineStandfirstDatelineTimeAndByline() {
        Document page = page(site, SampleArticles.english());
        Element article = page.selectFirst("body > main > article");
        assertThat(article.selectFirst("h1").text()).isEqualTo(SampleArticles.english().headline());
        assertThat(article.selectFirst("p.standfirst").text()).isEqualTo(SampleArticles.english().standfirst());
        assertThat(article.selectFirst(".dateline .place").text()).isEqualTo("GENEVA");
        assertThat(article.selectFirst(".dateline time").attr("datetime")).isEqualTo("2025-03-12");
        assertThat(article.selectFirst(".byline").text()).isEqualTo("By Jane Doe");
        assertThat(article.select(".tags li")).extracting(Element::text).containsExactly("Cities", "Health", "Water");
    }

    @Test
    void headCarriesDescriptionCanonicalOpenGraphAndTwitter() {
        Document page = page(site, SampleArticles.everything());
        String canonical = "https://news.example.org/articles/every-block-and-every-mark";
        String image = "https://news.example.org/articles/images/" + SampleArticles.PHOTO + ".jpg";
        assertThat(page.title()).isEqualTo("Every block and every mark – Example News");
        assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(page.selectFirst("meta[name=viewport]")).isNotNull();
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("A test article.");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:title")).isEqualTo("Every block and every mark");
        assertThat(meta(page, "property", "og:url")).isEqualTo(canonical);
        assertThat(meta(page, "property", "og:image")).isEqualTo(image);
        assertThat(meta(page, "property", "og:site_name")).isEqualTo("Example News");
        assertThat(meta(page, "property", "article:published_time")).isEqualTo("2025-03-12");
        assertThat(meta(page, "property", "article:modified_time")).isEqualTo("2025-03-12T09:45:12Z");
        assertThat(page.select("meta[property=article:tag]")).extracting(e -> e.attr("content"))
                .containsExactly("Formatting", "Test");
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "name", "twitter:image")).isEqualTo(image);
    }

    @Test
    void jsonLdDescribesTheNewsArticle() throws Exception {
        Document page = page(site, SampleArticles.everything());
        JsonNode ld = codec.mapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asText()).isEqualTo("Every block and every mark");
        assertThat(ld.get("datePublished").asText()).isEqualTo("2025-03-12");
        assertThat(ld.get("dateModified").asText()).isEqualTo("2025-03-12T09:45:12Z");
        assertThat(ld.get("author").get("name").asText()).isEqualTo("By Test Writer");
        assertThat(ld.get("image").get(0).asText()).endsWith(SampleArticles.PHOTO + ".jpg");
        assertThat(ld.get("inLanguage").asText()).isEqualTo("en");
        assertThat(ld.get("keywords")).extracting(JsonNode::asText).containsExactly("Formatting", "Test");
        assertThat(ld.get("mainEntityOfPage").asText()).isEqualTo("https://news.example.org/articles/every-block-and-every-mark");
    }

    @Test
    void withoutASiteThereIsNoCanonicalUrlAndNoRelativeImageForCrawlers() {
        Document page = page(bare, SampleArticles.everything());
        assertThat(page.select("link[rel=canonical], meta[property=og:url], meta[property=og:image]")).isEmpty();
        assertThat(page.title()).isEqualTo("Every block and every mark");
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary");
    }

    @Test
    void aDraftWithoutHeadlineStillHasATitle() {
        Article draft = Article.draft("", org.newsdesk.model.Language.of("fr"), SampleArticles.CREATED);
        Document page = page(bare, draft);
        assertThat(page.title()).isEqualTo("article");
        assertThat(page.select("h1, .standfirst, .dateline, .byline, .tags")).isEmpty();
    }

    @Test
    void siteBaseUrlMustBeAWebAddress() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PageOptions("javascript:alert(1)//", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("site base URL");
        assertThat(new PageOptions(" https://x.example/news ", " ").canonicalUrl("a-b")).contains("https://x.example/news/a-b");
    }

    @Test
    void pageIsTidy() {
        for (Article article : java.util.List.of(SampleArticles.everything(), Article.draft("", org.newsdesk.model.Language.ENGLISH, null))) {
            String html = site.page(article, SampleArticles.images()).replaceAll("(?s)<style>.*</style>", "<style></style>");
            assertThat(html).startsWith("<!DOCTYPE html>\n<html").endsWith("</html>\n").doesNotContain("\n\n", "{{");
        }
    }

    @Test
    void fragmentIsTheBodyAlone() {
        String fragment = bare.fragment(SampleArticles.english(), SampleArticles.images());
        assertThat(fragment).startsWith("<p>Ministers from 30 countries").endsWith("</blockquote>\n")
                .doesNotContain("<h1", "<html", "standfirst");
    }

    private static String meta(Document page, String attribute, String key) {
        return page.selectFirst("meta[" + attribute + "=" + key + "]").attr("content");
    }
}
