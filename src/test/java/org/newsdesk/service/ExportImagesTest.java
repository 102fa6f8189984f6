package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.newsdesk.testing.Zips;

/** Pictures added to the library come out of every export with their smaller copies. */
class ExportImagesTest {
    @TempDir
    Path dir;
    Library library;
    Asset photo;
    Article article;

    @BeforeEach
    void open() {
        library = TestLibrary.open(dir.resolve("lib.newsdesk"));
        photo = library.images().add(TestImages.jpeg(1000, 750), "pump.jpg");
        article = library.articles().create(Article.draft("Pumps", Language.ENGLISH, Instant.EPOCH).withBody(
                Document.of(Block.image(new ImageRef(photo.sha256(), "A pump", "UN", "A blue pump", null))))
                .withFeaturedImage(photo.sha256()));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void anHtmlFolderGetsTheOriginalAndItsCopies() throws Exception {
        Path out = dir.resolve("html");
        library.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(article.id())), ExportFormat.HTML, out, false));
        String base = "images/" + photo.sha256();
        assertThat(out.resolve(base + ".jpg")).exists();
        assertThat(out.resolve(base + "-800.jpg")).exists();
        assertThat(out.resolve(base + "-400.jpg")).exists();
        assertThat(out.resolve(base + "-1600.jpg")).doesNotExist(); // not smaller than the original
        assertThat(Files.readString(out.resolve("pumps.html")))
                .contains("srcset=\"" + base + "-400.jpg 400w, " + base + "-800.jpg 800w, " + base + ".jpg 1000w\"");
    }

    @Test
    void aBundleCarriesThemAndStillVerifies() throws Exception {
        Path zip = dir.resolve("bundle.zip");
        library.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(article.id())), ExportFormat.BUNDLE, zip, false));
        Map<String, byte[]> entries = Zips.read(zip);
        assertThat(entries).containsKeys("articles/pumps/images/" + photo.sha256() + ".jpg",
                "articles/pumps/images/" + photo.sha256() + "-800.jpg", "articles/pumps/images/" + photo.sha256() + "-400.jpg");
        assertThat(library.exports().verify(zip).good()).isTrue();
    }
}
