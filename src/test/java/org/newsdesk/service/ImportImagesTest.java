package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

/** Imports store the pictures their articles show, in the same transaction; a bad picture stores nothing. */
class ImportImagesTest {
    @TempDir
    Path dir;

    @Test
    void aMarkdownFilesPicturesAreStoredWithItsArticle() throws Exception {
        byte[] jpeg = TestImages.jpeg(500, 400);
        Files.write(dir.resolve("pump.jpg"), jpeg);
        Path md = Files.writeString(dir.resolve("release.md"), "# Pumps\n\n![A pump](pump.jpg \"The pump\")\n");
        try (Library library = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            Article article = library.imports().importFiles(List.of(md), Language.ENGLISH).get(0);
            String id = article.body().blocks().get(0).image().assetId();
            assertThat(library.images().find(id)).map(Asset::width).contains(500);
        }
    }

    @Test
    void aBadPictureIsLeftOutWithAWarningAndNeverStored() throws Exception {
        Files.write(dir.resolve("good.jpg"), TestImages.jpeg(50, 40));
        Files.writeString(dir.resolve("bad.jpg"), "not a photo");
        Path good = Files.writeString(dir.resolve("good.md"), "# Good\n\n![x](good.jpg)\n");
        Path bad = Files.writeString(dir.resolve("bad.md"), "# Bad\n\nText stays.\n\n![x](bad.jpg)\n");
        try (Library library = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            ImportPlan plan = library.imports().read(List.of(good, bad),
                    new ImportOptions(java.util.Optional.of(Language.ENGLISH), org.newsdesk.importer.WebPictures.DROP));
            assertThat(plan.warnings()).extracting(w -> org.newsdesk.i18n.Messages.english().text(w.message())).singleElement()
                    .asString().contains("bad.jpg");
            List<Article> stored = library.imports().store(plan);
            assertThat(stored).extracting(Article::headline).containsExactly("Good", "Bad");
            assertThat(stored.get(1).body().plainText()).contains("Text stays.").doesNotContain("bad.jpg");
            assertThat(library.images().collectGarbage(java.time.Duration.ZERO).kept()).isEqualTo(1);
        }
    }

    @Test
    void aBundleComesBackWithItsPicturesIntoAnotherLibrary() throws Exception {
        Path zip = dir.resolve("bundle.zip");
        Asset photo;
        Article original;
        try (Library source = TestLibrary.open(dir.resolve("a.newsdesk"))) {
            photo = source.images().add(TestImages.jpeg(900, 600), "pump.jpg");
            original = source.articles().create(Article.draft("Pumps", Language.ENGLISH, Instant.EPOCH)
                    .withBody(Document.of(Block.image(new ImageRef(photo.sha256(), "A pump", "UN", "Blue pump", null))))
                    .withFeaturedImage(photo.sha256()));
            source.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(original.id())), ExportFormat.BUNDLE,
                    zip, false));
        }
        try (Library target = TestLibrary.open(dir.resolve("b.newsdesk"))) {
            Article imported = target.imports().importFiles(List.of(zip), Language.ENGLISH).get(0);
            assertThat(imported.id()).isEqualTo(original.id());
            assertThat(target.images().find(photo.sha256())).contains(photo);
            Path again = dir.resolve("again.zip");
            target.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(imported.id())), ExportFormat.BUNDLE,
                    again, false));
            Map<String, byte[]> first = Zips.read(zip);
            Map<String, byte[]> second = Zips.read(again);
            assertThat(second.keySet()).isEqualTo(first.keySet());
            for (String name : first.keySet()) {
                if (name.contains("/images/")) {
                    assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
                }
            }
        }
    }
}
