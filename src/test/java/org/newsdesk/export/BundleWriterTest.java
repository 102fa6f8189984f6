package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.codec.NativeArticleReader;
import org.newsdesk.codec.NativeArticleFile;
import org.newsdesk.model.Article;
import org.newsdesk.model.Asset;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.render.HtmlRenderer;
import org.newsdesk.render.PageOptions;
import org.newsdesk.render.SampleArticles;
import org.newsdesk.render.Templates;

class BundleWriterTest {
    private static final byte[] PHOTO_BYTES = org.newsdesk.testing.TestImages.jpeg(1200, 800);
    private static final AssetSource ASSETS = id -> SampleArticles.PHOTO.equals(id)
            ? Optional.of(new AssetFile(new Asset(id, "image/jpeg", 1200, 800, PHOTO_BYTES.length), PHOTO_BYTES))
            : Optional.empty();
    private static NinjsSchema schema;

    @TempDir
    Path dir;
    private final JsonCodec codec = new JsonCodec();
    private final BundleWriter writer = new BundleWriter(codec,
            new HtmlRenderer(Templates.builtIn(), PageOptions.none(), codec), "Newsdesk test");

    @BeforeAll
    static void loadSchema() {
        schema = new NinjsSchema();
    }

    private static List<Article> articles() {
        Article newer = SampleArticles.french().withStored(4, SampleArticles.CREATED, Instant.parse("2025-04-01T10:00:01Z"));
        return List.of(SampleArticles.everything(), newer, SampleArticles.arabic(), SampleArticles.english());
    }

    @Test
    void bundleHoldsManifestAndAFolderPerArticleInSortedOrder() throws Exception {
        Path zip = dir.resolve("out.zip");
        writer.write(articles(), ASSETS, zip);
        Map<String, byte[]> entries = read(zip);
        assertThat(List.copyOf(entries.keySet())).isSorted().last().isEqualTo("manifest.json");
        String folder = "articles/every-block-and-every-mark/";
        assertThat(entries).containsKeys(folder + "index.html", folder + "article.json", folder + "ninjs.json",
                folder + "images/" + SampleArticles.PHOTO + ".jpg");
        assertThat(entries.get(folder + "images/" + SampleArticles.PHOTO + ".jpg")).isEqualTo(PHOTO_BYTES);
        assertThat(new String(entries.get(folder + "index.html"), StandardCharsets.UTF_8))
                .contains("<img src=\"images/" + SampleArticles.PHOTO + ".jpg\" width=\"1200\" height=\"800\"");
        assertThat(entries.keySet()).allMatch(name -> name.equals("manifest.json") || name.startsWith("articles/"))
                .noneMatch(name -> name.contains(".."));
    }

    @Test
    void manifestListsArticlesAndEveryFileWithItsHash() throws Exception {
        Path zip = dir.resolve("out.zip");
        writer.write(articles(), ASSETS, zip);
        Map<String, byte[]> entries = read(zip);
        JsonNode manifest = codec.mapper().readTree(entries.get("manifest.json"));
        assertThat(manifest.get("format").asText()).isEqualTo("newsdesk-bundle");
        assertThat(manifest.get("generator").asText()).isEqualTo("Newsdesk test");
        assertThat(manifest.get("newestChange").asText()).isEqualTo("2025-04-01T10:00:01Z");
        assertThat(manifest.get("articles")).hasSize(4);
        assertThat(manifest.get("files")).hasSize(entries.size() - 1);
        for (JsonNode file : manifest.get("files")) {
            byte[] bytes = entries.get(file.get("path").asText());
            assertThat(bytes).as(file.toString()).isNotNull();
            assertThat(file.get("size").asLong()).isEqualTo(bytes.length);
            assertThat(file.get("sha256").asText()).isEqualTo(DeterministicZip.sha256(bytes));
        }
    }

    @Test
    void eachFolderReadsBackAndItsNinjsIsValid() throws Exception {
        Path zip = dir.resolve("out.zip");
        writer.write(articles(), ASSETS, zip);
        Map<String, byte[]> entries = read(zip);
        NativeArticleReader reader = new NativeArticleReader(codec);
        for (Article article : articles()) {
            String folder = "articles/" + article.slug() + "/";
            assertThat(reader.read(new String(entries.get(folder + "article.json"), StandardCharsets.UTF_8)).article())
                    .isEqualTo(article);
            assertThat(schema.problems(new String(entries.get(folder + "ninjs.json"), StandardCharsets.UTF_8))).isEmpty();
        }
    }

    @Test
    void sameInputSameBytesInAnyTimeZone() throws Exception {
        Path first = dir.resolve("a.zip");
        Path second = dir.resolve("b.zip");
        writer.write(articles(), ASSETS, first);
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            new BundleWriter(new JsonCodec(), new HtmlRenderer(Templates.builtIn(), PageOptions.none(), new JsonCodec()),
                    "Newsdesk test").write(reversed(articles()), ASSETS, second);
        } finally {
            TimeZone.setDefault(saved);
        }
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void sharedSlugsAndHostileSlugsGetSafeDistinctFolders() throws Exception {
        Article english = SampleArticles.english().withSlug("water-plan");
        Article french = SampleArticles.french().withSlug("water-plan");
        Article hostile = SampleArticles.arabic().withSlug("../../etc/passwd");
        Path zip = dir.resolve("out.zip");
        writer.write(List.of(english, french, hostile), AssetSource.none(), zip);
        assertThat(read(zip).keySet()).filteredOn(name -> name.endsWith("index.html")).containsExactly(
                "articles/etc-passwd/index.html", "articles/water-plan-fr/index.html", "articles/water-plan/index.html");
    }

    @Test
    void aFailedExportLeavesNothingBehindAndKeepsTheOldFile() throws Exception {
        Path zip = dir.resolve("out.zip");
        Files.writeString(zip, "previous export");
        AssetSource broken = id -> {
            throw new IllegalStateException("disk read failed");
        };
        assertThatThrownBy(() -> writer.write(articles(), broken, zip)).hasMessageContaining("disk read failed");
        assertThat(Files.readString(zip)).isEqualTo("previous export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(zip);
        }
    }

    @Test
    void reportsProgressAndCancelsWhenInterrupted() throws Exception {
        Path zip = dir.resolve("out.zip");
        List<String> reports = new java.util.ArrayList<>();
        writer.write(articles(), ASSETS, zip, (done, total) -> reports.add(done + "/" + total));
        // one step for making the picture's smaller copies, then one per file (15) and the manifest
        assertThat(reports).hasSize(17).startsWith("1/17").endsWith("17/17");

        Path cancelled = dir.resolve("cancelled.zip");
        assertThatThrownBy(() -> writer.write(articles(), ASSETS, cancelled, (done, total) -> {
            if (done == 3) {
                Thread.currentThread().interrupt();
            }
        })).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(Thread.interrupted()).isTrue(); // clears the flag for the next test
        assertThat(cancelled).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(zip);
        }
    }

    @Test
    void refusesNothingToExportAndMissingFolder() {
        assertThatThrownBy(() -> writer.write(List.of(), ASSETS, dir.resolve("x.zip")))
                .isInstanceOf(BadInputException.class).hasMessage("There are no articles to put in the bundle.");
        assertThatThrownBy(() -> writer.write(articles(), ASSETS, dir.resolve("missing/x.zip")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("does not exist");
        assertThat(NewsdeskException.class).isAssignableFrom(BadInputException.class);
    }

    private static List<Article> reversed(List<Article> articles) {
        List<Article> copy = new java.util.ArrayList<>(articles);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            for (ZipEntry entry = zin.getNextEntry(); entry != null; entry = zin.getNextEntry()) {
                entries.put(entry.getName(), zin.readAllBytes());
            }
        }
        return entries;
    }
}
