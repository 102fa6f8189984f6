package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.image.Sha256;
import org.newsdesk.model.Article;
import org.newsdesk.model.Asset;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.testing.TestImages;
import org.newsdesk.testing.TestLibrary;

/** Pictures in the library: stored once, checked, pre-filled from their metadata, collected when unused. */
class ImageServiceTest {
    @TempDir
    Path dir;
    Library library;

    @BeforeEach
    void open() {
        library = TestLibrary.open(dir.resolve("lib.newsdesk"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private int assetCount() {
        return library.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM asset")) {
                return rs.getInt(1);
            }
        });
    }

    private Article articleWith(String headline, Document body) {
        return library.articles().create(Article.draft(headline, Language.ENGLISH, Instant.EPOCH).withBody(body));
    }

    private static Document figure(Asset asset) {
        return Document.of(Block.paragraph("Text."), Block.image(new ImageRef(asset.sha256(), "A well", "UN", "Children", null)));
    }

    @Test
    void theSamePhotoAddedTwiceIsStoredOnce() throws Exception {
        byte[] jpeg = TestImages.jpeg(640, 480);
        Path file = Files.write(dir.resolve("well.jpg"), jpeg);
        Asset first = library.images().add(file);
        Asset second = library.images().add(jpeg.clone(), "pasted picture");
        assertThat(second).isEqualTo(first);
        assertThat(first).isEqualTo(new Asset(Sha256.hex(jpeg), "image/jpeg", 640, 480, jpeg.length));
        assertThat(assetCount()).isEqualTo(1);
        assertThat(library.images().find(first.sha256())).contains(first);
        library.images().add(TestImages.png(20, 20, true), "logo.png");
        assertThat(assetCount()).isEqualTo(2);
    }

    @Test
    void everyBadInputIsRefusedWithOneSentenceAndNothingIsStored() throws Exception {
        Path svg = Files.writeString(dir.resolve("chart.svg"), "<svg><script>alert(1)</script></svg>");
        Path text = Files.writeString(dir.resolve("photo.jpg"), "not a photo", StandardCharsets.UTF_8);
        byte[] jpeg = TestImages.jpeg(300, 200);
        Path damaged = Files.write(dir.resolve("cut.jpg"), TestImages.truncated(jpeg, jpeg.length / 2));
        Path bomb = Files.write(dir.resolve("bomb.png"), TestImages.pngClaiming(20_000, 20_000));
        Path unknown = Files.write(dir.resolve("data.bin"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        for (Path bad : new Path[] {svg, text, damaged, bomb, unknown, dir.resolve("missing.jpg"), dir}) {
            assertThatThrownBy(() -> library.images().add(bad)).as(bad.toString())
                    .isInstanceOf(BadInputException.class)
                    .satisfies(e -> assertThat(e.getMessage()).startsWith(bad.toString()).endsWith(".")
                            .doesNotContain("\n"));
        }
        assertThat(assetCount()).isZero();
    }

    @Test
    void aNewFigureIsPrefilledFromThePhotosMetadata() {
        byte[] jpeg = TestImages.withSegment(TestImages.jpeg(200, 100), 0xED,
                TestImages.iptc(Map.of(120, "Pupils at the workshop", 80, "J. Doe", 110, "UNESCO"), true));
        Asset asset = library.images().add(jpeg, "workshop.jpg");
        assertThat(library.images().figureFor(asset.sha256()))
                .isEqualTo(new ImageRef(asset.sha256(), "Pupils at the workshop", "J. Doe / UNESCO", "", null));
        Asset plain = library.images().add(TestImages.png(10, 10, false), "plain.png");
        assertThat(library.images().figureFor(plain.sha256())).isEqualTo(new ImageRef(plain.sha256(), "", "", "", null));
    }

    @Test
    void thumbnailsFitTheirBoxAndComeFromTheCacheTheSecondTime() {
        Asset asset = library.images().add(TestImages.jpeg(1200, 800), "big.jpg");
        var thumb = library.images().thumbnail(asset.sha256(), 300, 300).orElseThrow();
        assertThat(thumb.width()).isEqualTo(300);
        assertThat(thumb.height()).isEqualTo(200);
        assertThat(library.images().thumbnail(asset.sha256(), 300, 300).orElseThrow()).isSameAs(thumb);
        assertThat(library.images().thumbnail("0".repeat(64), 300, 300)).isEmpty();
    }

    @Test
    void collectingKeepsEveryPictureInUseAndRemovesTheRest() {
        Asset shared = library.images().add(TestImages.jpeg(100, 80, 1), "shared.jpg");
        Asset featuredOnly = library.images().add(TestImages.jpeg(100, 80, 2), "featured.jpg");
        Asset inRevisionOnly = library.images().add(TestImages.jpeg(100, 80, 3), "old.jpg");
        Asset unused = library.images().add(TestImages.jpeg(100, 80, 4), "unused.jpg");
        articleWith("First", figure(shared));
        articleWith("Second", figure(shared));
        library.articles().create(Article.draft("Third", Language.ENGLISH, Instant.EPOCH).withFeaturedImage(featuredOnly.sha256()));
        Article revised = articleWith("Fourth", figure(inRevisionOnly)); // its first revision keeps the picture
        library.articles().save(library.articles().get(revised.id()).withBody(Document.of(Block.paragraph("No picture."))), "cut");

        GarbageReport report = library.images().collectGarbage(Duration.ZERO);

        assertThat(report).isEqualTo(new GarbageReport(1, unused.size(), 3));
        assertThat(library.images().find(unused.sha256())).isEmpty();
        assertThat(library.images().find(shared.sha256())).isPresent();
        assertThat(library.images().find(featuredOnly.sha256())).isPresent();
        assertThat(library.images().find(inRevisionOnly.sha256())).isPresent();
    }

    @Test
    void removingTheLastUseInOneArticleNeverBreaksAnother() throws Exception {
        Asset shared = library.images().add(TestImages.jpeg(100, 80), "shared.jpg");
        Article first = articleWith("First", figure(shared));
        Article second = articleWith("Second", figure(shared));
        library.articles().autosave(library.articles().get(first.id()).withBody(Document.of(Block.paragraph("Gone."))));
        library.articles().trash(second.id()); // a trashed article can come back with its pictures

        library.images().collectGarbage(Duration.ZERO);

        assertThat(library.images().find(shared.sha256())).isPresent();
        library.articles().restore(second.id());
        Path out = dir.resolve("out");
        library.exports().export(new ExportRequest(ExportSelection.ofIds(java.util.List.of(second.id())), ExportFormat.HTML,
                out, false));
        assertThat(out.resolve("images/" + shared.sha256() + ".jpg")).exists();
    }

    @Test
    void aPictureJustAddedIsKeptThroughTheGracePeriod() {
        Asset fresh = library.images().add(TestImages.jpeg(50, 50), "fresh.jpg");
        assertThat(library.images().collectGarbage()).isEqualTo(new GarbageReport(0, 0, 1));
        assertThat(library.images().find(fresh.sha256())).isPresent();
    }
}
