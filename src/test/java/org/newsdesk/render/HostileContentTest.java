package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.codec.JsonCodec;

/** Nothing an author types can become markup or script. Parsed with a real HTML5 parser, as a browser would. */
class HostileContentTest {
    private final JsonCodec codec = new JsonCodec();
    private org.jsoup.nodes.Document page;
    private String html;

    @BeforeEach
    void render() {
        HtmlRenderer renderer = new HtmlRenderer(Templates.builtIn(),
                new PageOptions("https://news.example.org/", "Example \"News\" <Site>"), codec);
        html = renderer.page(HostileContent.article(), HostileContent.images());
        page = Jsoup.parse(html);
    }

    @Test
    void theOnlyScriptIsTheJsonLd() {
        Elements scripts = page.select("script");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.first().attr("type")).isEqualTo("application/ld+json");
        assertThat(page.select("meta[http-equiv], iframe, object, embed, base, form")).isEmpty();
    }

    @Test
    void jsonLdCannotBeEscapedFromAndStillSaysWhatTheAuthorWrote() throws Exception {
        String data = page.selectFirst("script").data();
        assertThat(data).doesNotContain("<", ">");
        JsonNode json = codec.mapper().readTree(data);
        assertThat(json.get("headline").asText()).isEqualTo(HostileContent.HEADLINE);
        assertThat(json.get("author").get("name").asText()).isEqualTo(HostileContent.BYLINE);
        assertThat(json.get("keywords").toString()).contains("</script>");
    }

    @Test
    void noEventHandlerAttributesAnywhere() {
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(element.outerHtml()).doesNotStartWith("on");
            }
        }
    }

    @Test
    void everyLinkAndSourceIsAnAllowedScheme() {
        for (Element element : page.select("[href], [src]")) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            assertThat(url).as(element.outerHtml()).matches("(?i)(https?://|mailto:|images/).*");
        }
        assertThat(page.select("a")).extracting(Element::text).doesNotContain("bad link 1", "bad link 3");
    }

    @Test
    void badLinksKeepTheirWords() {
        String text = page.selectFirst(".article-body p").text();
        for (int i = 1; i <= HostileContent.BAD_LINKS.size() * 2; i += 2) {
            assertThat(text).contains("bad link " + i);
        }
        assertThat(page.select(".article-body p a")).extracting(Element::text)
                .containsExactly("quote breaker", "spaces", "arabic path");
    }

    @Test
    void textComesOutAsTheAuthorTypedIt() {
        assertThat(page.selectFirst("h1").text()).isEqualTo(HostileContent.HEADLINE);
        assertThat(page.title()).startsWith(HostileContent.HEADLINE);
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(HostileContent.STANDFIRST);
        assertThat(page.selectFirst(".byline").text()).isEqualTo(HostileContent.BYLINE);
        assertThat(page.selectFirst(".article-body p").text()).startsWith("<img src=x onerror=alert(5)> text");
        assertThat(page.selectFirst(".article-body h2").text()).isEqualTo("</h2><script>alert(14)</script>");
        assertThat(page.select(".tags li")).extracting(Element::text)
                .containsExactly("\"onmouseover=\"alert(20)", "</script>", "<b>tag</b>");
    }

    @Test
    void imageWordsStayInTheirAttributesAndAScriptSourceIsDropped() {
        Element img = page.selectFirst("figure img");
        assertThat(img.attr("alt")).isEqualTo("\" onerror=\"alert(18)");
        assertThat(img.parent().tagName()).isEqualTo("figure"); // the javascript: link around it was dropped
        assertThat(page.select("figure img")).hasSize(1);      // the evil src never became an img
        assertThat(page.select("figure.image-missing figcaption").text()).isEqualTo("evil src");
        assertThat(page.select("meta[property=og:image]")).isEmpty();
    }

    @Test
    void forbiddenCharactersAreRemoved() {
        assertThat(html).doesNotContain("\u0000", "\u0007", "\uFFFE");
    }
}
