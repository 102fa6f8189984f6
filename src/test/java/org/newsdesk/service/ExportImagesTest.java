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
    void aPictureWithoutAltTextGoesOutWithAWarningExceptInNativeJson() {
        Article bare = library.articles().create(Article.draft("Bare pumps", Language.ENGLISH, Instant.EPOCH).withBody(
                Document.of(Block.image(new ImageRef(photo.sha256(), "A pump", "UN", "", null)))));
        List<java.util.UUID> both = List.of(article.id(), bare.id());
        ExportResult html = library.exports().export(new ExportRequest(ExportSelection.ofIds(both), ExportFormat.HTML,
                dir.resolve("html"), false));
        assertThat(html.files()).hasSize(2);
        assertThat(html.warnings().stream().map(org.newsdesk.i18n.Messages.english()::text)).containsExactly("\"Bare pumps\": picture 1 (\"A pump\") has no alt text; readers"
                + " who cannot see it learn nothing from it. Add alt text in the picture's details.");
        assertThat(library.exports().export(new ExportRequest(ExportSelection.ofIds(both), ExportFormat.JSON,
                dir.resolve("json"), false)).warnings()).isEmpty();
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

    @Test
    void aSingleFilePageOrNinjsReferToNothingThatIsNotWrittenBesideThem() throws Exception {
        Path out = dir.resolve("out");
        for (ExportFormat format : List.of(ExportFormat.HTML, ExportFormat.NINJS)) {
            Path file = out.resolve(format == ExportFormat.HTML ? "story.html" : "story.json");
            library.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(article.id())), format, file, false));
            String html = format == ExportFormat.HTML ? Files.readString(file)
                    : library.json().mapper().readTree(Files.readString(file)).get("bodies").get(0).get("value").asText();
            List<String> referred = referredFiles(html);
            assertThat(referred).as(format + " refers to pictures").hasSize(3);
            assertThat(referred).allSatisfy(path -> assertThat(out.resolve(path)).as(format + " " + path).isRegularFile());
        }
    }

    @Test
    void ninjsListsThePicturesFilesWithTheirAddressOnTheSite() throws Exception {
        library.settings().set(SettingsService.Setting.SITE_BASE_URL, "https://news.example.org/articles");
        Path file = dir.resolve("wire/pumps.json");
        Files.createDirectories(file.getParent());
        library.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(article.id())), ExportFormat.NINJS, file, false));
        var renditions = library.json().mapper().readTree(Files.readString(file)).get("associations").get(0).get("renditions");
        assertThat(renditions).extracting(r -> r.get("name").asText() + " " + r.get("width") + "x" + r.get("height"))
                .containsExactly("original 1000x750", "w800 800x600", "w400 400x300");
        for (var rendition : renditions) {
            String href = rendition.get("href").asText();
            assertThat(href).startsWith("https://news.example.org/articles/images/" + photo.sha256());
            Path written = file.getParent().resolve(href.substring("https://news.example.org/articles/".length()));
            assertThat(written).isRegularFile();
            assertThat(Files.size(written)).isEqualTo(rendition.get("sizeInBytes").asLong());
        }
    }

    /** Every img src and srcset file of a page or fragment. */
    private static List<String> referredFiles(String html) {
        java.util.Set<String> files = new java.util.TreeSet<>();
        for (var img : org.jsoup.Jsoup.parse(html).select("img")) {
            files.add(img.attr("src"));
            for (String candidate : img.attr("srcset").split(",")) {
                if (!candidate.isBlank()) {
                    files.add(candidate.strip().split("\\s+")[0]);
                }
            }
        }
        return List.copyOf(files);
    }
}
