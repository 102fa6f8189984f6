package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.BundleChecker;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.codec.ZipLimits;
import org.newsdesk.image.Sha256;
import org.newsdesk.model.Article;
import org.newsdesk.model.Asset;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.render.HtmlRenderer;
import org.newsdesk.render.PageOptions;
import org.newsdesk.render.Templates;
import org.newsdesk.testing.TestImages;
import org.newsdesk.testing.Zips;

/** Bundles carry each picture's original and its smaller copies, listed and checksummed, and pages use them. */
class BundleImagesTest {
    private static final byte[] PHOTO = TestImages.jpeg(2000, 1500);
    private static final byte[] LOGO = TestImages.png(900, 300, true);
    private static final Asset PHOTO_ASSET = new Asset(Sha256.hex(PHOTO), "image/jpeg", 2000, 1500, PHOTO.length);
    private static final Asset LOGO_ASSET = new Asset(Sha256.hex(LOGO), "image/png", 900, 300, LOGO.length);
    private static final AssetSource ASSETS = id -> id.equals(PHOTO_ASSET.sha256())
            ? Optional.of(new AssetFile(PHOTO_ASSET, PHOTO))
            : id.equals(LOGO_ASSET.sha256()) ? Optional.of(new AssetFile(LOGO_ASSET, LOGO)) : Optional.empty();

    @TempDir
    Path dir;
    private final JsonCodec codec = new JsonCodec();

    private BundleWriter writer(PageOptions options) {
        return new BundleWriter(codec, new HtmlRenderer(Templates.builtIn(), options, codec), "Newsdesk test");
    }

    private static Article illustrated() {
        Instant at = Instant.parse("2026-03-01T09:00:00Z");
        return Article.draft("Water for every school", Language.ENGLISH, at).withSlug("water")
                .withBody(Document.of(Block.paragraph("Pumps arrived."),
                        Block.image(new ImageRef(PHOTO_ASSET.sha256(), "A new pump.", "Photo: UN", "Children at a pump", null)),
                        Block.image(new ImageRef(LOGO_ASSET.sha256(), "", "UNICEF", "The UNICEF logo", null))))
                .withFeaturedImage(PHOTO_ASSET.sha256()).withStored(1, at, at);
    }

    @Test
    void theBundleHoldsTheOriginalAndEachSmallerCopyInItsFormat() throws Exception {
        Path zip = dir.resolve("out.zip");
        writer(PageOptions.none()).write(List.of(illustrated()), ASSETS, zip);
        Map<String, byte[]> entries = Zips.read(zip);
        String images = "articles/water/images/";
        String photo = PHOTO_ASSET.sha256();
        String logo = LOGO_ASSET.sha256();
        assertThat(entries.keySet()).filteredOn(name -> name.startsWith(images)).containsExactlyInAnyOrder(
                images + photo + "-1600.jpg", images + photo + "-400.jpg", images + photo + "-800.jpg", images + photo + ".jpg",
                images + logo + "-400.png", images + logo + "-800.png", images + logo + ".png");
        assertThat(entries.get(images + photo + ".jpg")).isEqualTo(PHOTO);
        assertSize(entries.get(images + photo + "-1600.jpg"), 1600, 1200);
        assertSize(entries.get(images + photo + "-400.jpg"), 400, 300);
        assertSize(entries.get(images + logo + "-800.png"), 800, 267);
        assertThat(new String(entries.get(images + logo + "-800.png"), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(new BundleChecker(codec, ZipLimits.DEFAULT).check(zip, name -> false).problems()).isEmpty();
    }

    @Test
    void theManifestListsEachPictureWithItsCopiesAndEveryFileWithItsChecksum() throws Exception {
        Path zip = dir.resolve("out.zip");
        writer(PageOptions.none()).write(List.of(illustrated()), ASSETS, zip);
        Map<String, byte[]> entries = Zips.read(zip);
        JsonNode manifest = codec.mapper().readTree(entries.get("manifest.json"));
        JsonNode picture = null;
        for (JsonNode image : manifest.at("/articles/0/images")) {
            if (image.get("asset").asText().equals(PHOTO_ASSET.sha256())) {
                picture = image;
            }
        }
        assertThat(manifest.at("/articles/0/images")).hasSize(2);
        assertThat(picture.get("path").asText()).isEqualTo("images/" + PHOTO_ASSET.sha256() + ".jpg");
        assertThat(picture.get("renditions")).extracting(r -> r.get("name").asText() + " " + r.get("width").asInt()
                + "x" + r.get("height").asInt()).containsExactly("w1600 1600x1200", "w800 800x600", "w400 400x300");
        String copy = "articles/water/" + picture.at("/renditions/1/path").asText();
        JsonNode listed = null;
        for (JsonNode file : manifest.get("files")) {
            if (file.get("path").asText().equals(copy)) {
                listed = file;
            }
        }
        assertThat(listed).as(copy).isNotNull();
        assertThat(listed.get("sha256").asText()).isEqualTo(Sha256.hex(entries.get(copy)));
    }

    @Test
    void thePageUsesAFigureWithSrcsetLazyLoadingAndTheCaptionAndCredit() throws Exception {
        Path zip = dir.resolve("out.zip");
        writer(PageOptions.none()).write(List.of(illustrated()), ASSETS, zip);
        var page = Jsoup.parse(new String(Zips.read(zip).get("articles/water/index.html"), StandardCharsets.UTF_8));
        Element img = page.selectFirst("figure img");
        String photo = "images/" + PHOTO_ASSET.sha256();
        assertThat(img.attr("src")).isEqualTo(photo + ".jpg");
        assertThat(img.attr("width")).isEqualTo("2000");
        assertThat(img.attr("height")).isEqualTo("1500");
        assertThat(img.attr("alt")).isEqualTo("Children at a pump");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("srcset")).isEqualTo(photo + "-400.jpg 400w, " + photo + "-800.jpg 800w, " + photo
                + "-1600.jpg 1600w, " + photo + ".jpg 2000w");
        assertThat(img.attr("sizes")).isNotBlank();
        assertThat(page.selectFirst("figure figcaption").html()).isEqualTo("A new pump. <span class=\"credit\">Photo: UN</span>");
    }

    @Test
    void ninjsAnnouncesTheFeaturedImageInEverySize() throws Exception {
        Path zip = dir.resolve("out.zip");
        writer(PageOptions.none()).write(List.of(illustrated()), ASSETS, zip);
        byte[] ninjs = Zips.read(zip).get("articles/water/ninjs.json");
        JsonNode renditions = codec.mapper().readTree(ninjs).at("/associations/0/renditions");
        assertThat(renditions).extracting(r -> r.get("name").asText() + " " + r.get("width").asInt() + " "
                + r.get("contentType").asText()).containsExactly("original 2000 image/jpeg", "w1600 1600 image/jpeg",
                "w800 800 image/jpeg", "w400 400 image/jpeg");
        assertThat(renditions.get(0).get("sizeInBytes").asLong()).isEqualTo(PHOTO.length);
        assertThat(renditions.get(3).get("sizeInBytes").asLong()).isPositive();
        assertThat(new NinjsSchema().problems(new String(ninjs, StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void shareCardsUseTheLargestCopyNotTheOriginal() throws Exception {
        Path zip = dir.resolve("out.zip");
        writer(new PageOptions("https://news.example.org/articles", "Example")).write(List.of(illustrated()), ASSETS, zip);
        var page = Jsoup.parse(new String(Zips.read(zip).get("articles/water/index.html"), StandardCharsets.UTF_8));
        String expected = "https://news.example.org/articles/images/" + PHOTO_ASSET.sha256() + "-1600.jpg";
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(expected);
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).contains(expected);
    }

    @Test
    void noTemporaryCopiesAreLeftBehind() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countRenditionFolders(temp);
        writer(PageOptions.none()).write(List.of(illustrated()), ASSETS, dir.resolve("out.zip"));
        assertThat(countRenditionFolders(temp)).isEqualTo(before);
    }

    private static long countRenditionFolders(Path temp) throws Exception {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("newsdesk-renditions-")).count();
        }
    }

    private static void assertSize(byte[] image, int width, int height) throws Exception {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
    }
}
