package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;

/** Same input, same bytes: fresh templates, codec, renderer and equal-but-new articles change nothing. */
class DeterminismTest {
    private final List<Supplier<Article>> samples = List.of(SampleArticles::english, SampleArticles::french,
            SampleArticles::arabic, SampleArticles::everything, HostileContent::article);

    @Test
    void pagesAndFragmentsAreByteForByteIdentical() {
        for (Supplier<Article> sample : samples) {
            assertThat(bytes(render(sample.get()))).isEqualTo(bytes(render(sample.get())));
        }
    }

    @Test
    void renderingDoesNotDependOnTheClockOrDefaultLocale() throws Exception {
        String before = render(SampleArticles.french());
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.JAPAN);
            Thread.sleep(1100);
            assertThat(render(SampleArticles.french())).isEqualTo(before);
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    private static String render(Article article) {
        HtmlRenderer renderer = new HtmlRenderer(new Templates(null),
                new PageOptions("https://news.example.org/", "Example News"), new JsonCodec());
        return renderer.page(article, SampleArticles.images()) + "\u0000" + renderer.fragment(article, SampleArticles.images());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
