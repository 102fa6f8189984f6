package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.BadInputException;

/** A newsroom restyles by putting files in a folder; whatever it leaves out comes from the built-in set. */
class TemplatesTest {
    @TempDir
    Path dir;

    private HtmlRenderer renderer(Templates templates) {
        return new HtmlRenderer(templates, PageOptions.none(), new JsonCodec());
    }

    @Test
    void overriddenStylesheetIsInlinedAndOtherTemplatesAreInherited() throws Exception {
        Files.writeString(dir.resolve("article.css"), "body { color: rebeccapurple; }");
        String page = renderer(new Templates(dir)).page(SampleArticles.english(), ImageResolver.none());
        assertThat(page).contains("body { color: rebeccapurple; }").doesNotContain("--accent")
                .contains("<meta property=\"og:type\" content=\"article\">");
    }

    @Test
    void overriddenFragmentTemplateGetsLanguageAndDirection() throws Exception {
        Files.writeString(dir.resolve("fragment.mustache"), "<div lang=\"{{lang}}\" dir=\"{{dir}}\">{{{bodyHtml}}}</div>");
        String fragment = renderer(new Templates(dir)).fragment(SampleArticles.arabic(), ImageResolver.none());
        assertThat(fragment).startsWith("<div lang=\"ar\" dir=\"rtl\"><p>").endsWith("</blockquote></div>");
    }

    @Test
    void aPartialCanBeOverriddenAlone() throws Exception {
        Files.writeString(dir.resolve("meta.mustache"), "<meta name=\"generator\" content=\"Newsdesk\">\n");
        String page = renderer(new Templates(dir)).page(SampleArticles.english(), ImageResolver.none());
        assertThat(page).contains("<meta name=\"generator\" content=\"Newsdesk\">").doesNotContain("og:type")
                .contains("<h1>Ministers agree");
    }

    @Test
    void doubleBracesInAnOverrideAreStillEscaped() throws Exception {
        Files.writeString(dir.resolve("article.mustache"), "<h1>{{headline}}</h1>");
        String page = renderer(new Templates(dir)).page(HostileContent.article(), ImageResolver.none());
        assertThat(page).startsWith("<h1>&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void stylesheetCannotCloseItsStyleElement() throws Exception {
        Files.writeString(dir.resolve("article.css"), "p::after { content: \"</style><script>alert(1)</script>\"; }");
        String page = renderer(new Templates(dir)).page(SampleArticles.english(), ImageResolver.none());
        assertThat(page).doesNotContain("</style><script>");
    }

    @Test
    void missingFolderAndBrokenTemplateAreClearErrors() throws Exception {
        assertThatThrownBy(() -> new Templates(dir.resolve("nope")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("does not exist");
        Files.writeString(dir.resolve("article.mustache"), "{{#headline}}never closed");
        assertThatThrownBy(() -> new Templates(dir))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("The template article.mustache is not valid");
    }

    @Test
    void partialsCannotReachOutsideTheFolder() throws Exception {
        Path inner = Files.createDirectory(dir.resolve("inner"));
        Files.writeString(dir.resolve("secret.mustache"), "SECRET");
        Files.writeString(inner.resolve("fragment.mustache"), "{{> ../secret}}");
        assertThatThrownBy(() -> new Templates(inner)).isInstanceOf(BadInputException.class);
    }
}
