package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.image.Sha256;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.testing.TestImages;

/** Markdown imports bring their pictures by relative path, through the same checks as any added picture. */
class MarkdownImagesTest {
    private static final ImportDefaults DEFAULTS = new ImportDefaults(Language.ENGLISH, Instant.parse("2026-03-01T09:00:00Z"));
    @TempDir
    Path dir;
    private final MarkdownImporter importer = new MarkdownImporter();

    private Path release(String markdown) throws Exception {
        return Files.writeString(dir.resolve("release.md"), "# Pumps arrive\n\n" + markdown);
    }

    @Test
    void aPictureBecomesAFigureWithTitleAsCaptionAndAltText() throws Exception {
        byte[] jpeg = TestImages.jpeg(400, 300);
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/pump photo.jpg"), jpeg);
        Path file = release("Pumps arrived today. ![A blue pump](images/pump%20photo.jpg \"The new pump\") More text.\n\n"
                + "[![Logo](images/pump%20photo.jpg)](https://example.org)\n");
        ImportedArticle imported = importer.read(file, DEFAULTS).get(0);
        List<Block> blocks = imported.article().body().blocks();
        assertThat(blocks).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.IMAGE,
                BlockType.PARAGRAPH, BlockType.IMAGE);
        assertThat(blocks.get(0).text()).isEqualTo("Pumps arrived today.");
        assertThat(blocks.get(1).image()).isEqualTo(new ImageRef(Sha256.hex(jpeg), "The new pump", "", "A blue pump", null));
        assertThat(blocks.get(2).text()).isEqualTo("More text.");
        assertThat(blocks.get(3).image().link()).isEqualTo("https://example.org");
        assertThat(imported.images()).hasSize(1); // the same photo twice is one picture
        assertThat(imported.images().get(0).bytes()).isEqualTo(jpeg);
    }

    @Test
    void wordsTheDocumentLeavesOutComeFromThePhotosMetadata() throws Exception {
        byte[] jpeg = TestImages.withSegment(TestImages.jpeg(200, 100), 0xED,
                TestImages.iptc(Map.of(120, "Caption from IPTC", 110, "AFP"), true));
        Files.write(dir.resolve("a.jpg"), jpeg);
        ImageRef figure = importer.read(release("![](a.jpg)\n"), DEFAULTS).get(0).article().body().blocks().get(0).image();
        assertThat(figure.caption()).isEqualTo("Caption from IPTC");
        assertThat(figure.credit()).isEqualTo("AFP");
    }

    @Test
    void webPicturesKeepTheirAltTextAsWords() throws Exception {
        ImportedArticle imported = importer.read(release("See ![the chart](https://example.org/c.png) here.\n"), DEFAULTS).get(0);
        assertThat(imported.article().body().blocks()).extracting(Block::text).containsExactly("See the chart here.");
        assertThat(imported.images()).isEmpty();
    }

    @Test
    void missingEscapingAbsoluteAndBadPicturesAreLeftOutWithOneWarningEachAndTheArticleComesIn() throws Exception {
        Files.writeString(dir.resolve("fake.jpg"), "not a photo");
        Files.write(dir.resolve("bomb.png"), TestImages.pngClaiming(20_000, 20_000));
        Files.writeString(dir.resolve("chart.svg"), "<svg><script>alert(1)</script></svg>");
        Map<String, String> cases = Map.of(
                "missing.jpg", "the file does not exist",
                "../outside.jpg", "it lies outside the document's folder",
                "/etc/passwd", "absolute path",
                "https://example.org/chart.png", "it is on the web, and importing never fetches anything",
                "C:/Users/me/photo.jpg", "absolute path",
                "fake.jpg", "it is named like an image, but its content is not a JPEG, PNG or GIF picture",
                "bomb.png", "it is 20000 × 20000 pixels",
                "chart.svg", "it is an SVG drawing");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path file = release("Before the picture.\n\n![x](" + c.getKey() + ")\n\nAfter it.\n");
            ImportedArticle imported = importer.read(file, DEFAULTS).get(0);
            assertThat(imported.article().body().plainText()).as(c.getKey()).contains("Before the picture.", "After it.");
            assertThat(imported.images()).as(c.getKey()).isEmpty();
            assertThat(imported.warnings()).as(c.getKey()).singleElement().satisfies(w -> {
                assertThat(w.subject()).isEqualTo(c.getKey());
                assertThat(org.newsdesk.i18n.Messages.english().text(w.message())).startsWith(file.getFileName() + ": the picture " + c.getKey() + " was left out: ")
                        .contains(c.getValue()).endsWith(".");
            });
        }
    }

    @Test
    void bodiesWithoutAFileKeepOnlyAltText() {
        MarkdownConverter.Result result = new MarkdownConverter().convert("![A pump](pump.jpg)");
        assertThat(result.body().blocks()).extracting(Block::text).containsExactly("A pump");
    }
}
