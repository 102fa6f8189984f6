package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;

/** Every exported page must pass the Nu HTML Checker with zero errors. */
class HtmlValidityTest {
    private static NuHtmlChecker checker;

    @BeforeAll
    static void startChecker() throws Exception {
        checker = new NuHtmlChecker();
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("English", SampleArticles.english()),
                Arguments.of("French", SampleArticles.french()),
                Arguments.of("Arabic", SampleArticles.arabic()),
                Arguments.of("every block and mark", SampleArticles.everything()),
                Arguments.of("hostile", HostileContent.article()),
                Arguments.of("empty draft", Article.draft("", org.newsdesk.model.Language.ENGLISH, SampleArticles.CREATED)));
    }

    @ParameterizedTest(name = "{0} page, with site options")
    @MethodSource("pages")
    void pageWithSiteOptionsIsValid(String name, Article article) throws Exception {
        HtmlRenderer renderer = new HtmlRenderer(Templates.builtIn(),
                new PageOptions("https://news.example.org/articles/", "Example News"), new JsonCodec());
        String html = renderer.page(article, SampleArticles.images());
        assertThat(checker.errors(html)).as(html).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void figuresWithSmallerCopiesInSrcsetAreValid() throws Exception {
        HtmlRenderer renderer = new HtmlRenderer(Templates.builtIn(), PageOptions.none(), new JsonCodec());
        ImageResolver withCopies = id -> java.util.Optional.of(new ResolvedImage("images/" + id + ".jpg", 2000, 1500,
                java.util.List.of(new ResolvedImage.Source("images/" + id + "-800.jpg", 800),
                        new ResolvedImage.Source("images/" + id + "-400.jpg", 400))));
        String html = renderer.page(SampleArticles.everything(), withCopies);
        assertThat(html).contains("srcset=").contains("loading=\"lazy\"");
        assertThat(checker.errors(html)).as(html).isEmpty();
    }

    @ParameterizedTest(name = "{0} page, without site options")
    @MethodSource("pages")
    void pageWithoutSiteOptionsIsValid(String name, Article article) throws Exception {
        HtmlRenderer renderer = new HtmlRenderer(Templates.builtIn(), PageOptions.none(), new JsonCodec());
        String html = renderer.page(article, ImageResolver.none());
        assertThat(checker.errors(html)).as(html).isEmpty();
    }

    @ParameterizedTest(name = "{0} fragment inside a minimal page")
    @MethodSource("pages")
    void fragmentIsValidInsideAPage(String name, Article article) throws Exception {
        HtmlRenderer renderer = new HtmlRenderer(Templates.builtIn(), PageOptions.none(), new JsonCodec());
        String html = "<!DOCTYPE html><html lang=\"" + article.language().tag() + "\"><head><meta charset=\"utf-8\">"
                + "<title>t</title></head><body>" + renderer.fragment(article, SampleArticles.images()) + "</body></html>";
        assertThat(checker.errors(html)).as(html).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void checkerReallyReportsErrors() throws Exception {
        assertThat(checker.errors("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><p><b>unclosed</p><img src=\"a.png\"></body></html>")).hasSizeGreaterThanOrEqualTo(2);
    }
}
