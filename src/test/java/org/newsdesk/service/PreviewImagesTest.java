package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.Asset;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.testing.TestImages;
import org.newsdesk.testing.TestLibrary;

/** The preview shows pictures inlined at screen size; the exported page stays as it was. */
class PreviewImagesTest {
    @TempDir
    Path dir;

    @Test
    void thePreviewInlinesAScreenSizeCopyAndTheExportedPageIsUnchanged() {
        try (Library library = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            Asset photo = library.images().add(TestImages.jpeg(3000, 2000), "big.jpg");
            Article article = Article.draft("Pumps", Language.ENGLISH, Instant.EPOCH).withBody(
                    Document.of(Block.image(new ImageRef(photo.sha256(), "A pump", "UN", "A blue pump", null))));
            Element img = Jsoup.parse(library.preview().pageForScreen(article)).selectFirst("figure img");
            assertThat(img.attr("src")).startsWith("data:image/jpeg;base64,");
            assertThat(img.attr("src").length()).isLessThan(400_000); // a screen-size copy, never the original
            assertThat(img.attr("width")).isEqualTo("3000");
            assertThat(img.attr("alt")).isEqualTo("A blue pump");
            assertThat(library.preview().page(article)).doesNotContain("data:image")
                    .isEqualTo(library.exports().renderer().page(article, org.newsdesk.render.ImageResolver.none()));
        }
    }
}
