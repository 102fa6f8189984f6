package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.testing.Zips;

/** Bundles in: a good one comes back identical; every hostile or broken one is refused, changing nothing. */
class BundleImportTest {
    @TempDir
    Path dir;
    Library source;
    Library target;
    Path bundle;

    @BeforeEach
    void exportABundle() {
        source = TestLibrary.open(dir.resolve("source.newsdesk"));
        Article english = source.articles().create(Article.draft("Water plan", Language.ENGLISH, java.time.Instant.EPOCH)
                .withTags(List.of("Water")).withBody(Document.ofPlainText("Ministers agreed.")));
        source.articles().save(english.withStandfirst("For 40 cities."), "Standfirst"); // version 2
        source.articles().create(Article.draft("Plan pour l'eau", Language.of("fr"), java.time.Instant.EPOCH));
        bundle = dir.resolve("bundle.zip");
        source.exports().export(new ExportRequest(ExportSelection.all(), ExportFormat.BUNDLE, bundle, false));
        target = TestLibrary.open(dir.resolve("target.newsdesk"));
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    @Test
    void aBundleImportedIntoAnEmptyLibraryExportsToTheSameBytes() throws Exception {
        List<Article> imported = target.imports().importFiles(List.of(bundle), Language.ENGLISH);
        assertThat(imported).hasSize(2);
        for (Article article : imported) {
            assertThat(article).isEqualTo(source.articles().get(article.id()));
        }
        Path again = dir.resolve("again.zip");
        target.exports().export(new ExportRequest(ExportSelection.all(), ExportFormat.BUNDLE, again, false));
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(bundle));
    }

    @Test
    void entriesThatClimbOutOfTheFolderAreRefused() throws Exception {
        assertRefused(withExtra("../../evil.html", "<script>"), "unsafe path");
        assertRefused(withExtra("/tmp/evil.html", "<script>"), "unsafe path");
        assertThat(dir.getParent().resolve("evil.html")).doesNotExist();
        assertThat(Path.of("/tmp/evil.html")).doesNotExist();
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path bomb = Zips.zeros(dir.resolve("bomb.zip"), "articles/boom/article.json", 65L * 1024 * 1024);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertRefused(bomb, "zip bomb");
    }

    @Test
    void anUnknownManifestVersionIsRefused() throws Exception {
        Map<String, byte[]> entries = Zips.read(bundle);
        ObjectNode manifest = (ObjectNode) source.json().mapper().readTree(entries.get("manifest.json"));
        manifest.put("version", 99);
        entries.put("manifest.json", source.json().mapper().writeValueAsBytes(manifest));
        assertRefused(Zips.write(dir.resolve("future.zip"), entries), "manifest version 99");
    }

    @Test
    void aChecksumMismatchIsRefusedNamingTheFile() throws Exception {
        Map<String, byte[]> entries = Zips.read(bundle);
        byte[] json = entries.get("articles/water-plan/article.json").clone();
        int at = new String(json, StandardCharsets.UTF_8).indexOf("Ministers");
        json[at] = 'm'; // same size, other bytes
        entries.put("articles/water-plan/article.json", json);
        assertRefused(Zips.write(dir.resolve("tampered.zip"), entries),
                "articles/water-plan/article.json does not match its SHA-256");
    }

    @Test
    void filesMissingFromOrAddedToTheManifestAreRefused() throws Exception {
        Map<String, byte[]> entries = Zips.read(bundle);
        entries.remove("articles/water-plan/ninjs.json");
        assertRefused(Zips.write(dir.resolve("missing.zip"), entries), "articles/water-plan/ninjs.json is listed");
        assertRefused(withExtra("articles/water-plan/extra.txt", "hello"), "extra.txt is in the bundle but not in the manifest");
        Map<String, byte[]> noManifest = Zips.read(bundle);
        noManifest.remove("manifest.json");
        assertRefused(Zips.write(dir.resolve("plain.zip"), noManifest), "no manifest.json");
    }

    @Test
    void anArticleFileThatIsNotJsonIsRefusedEvenWithMatchingChecksums() throws Exception {
        Map<String, byte[]> entries = Zips.read(bundle);
        byte[] broken = "{\"format\": \"newsdesk-article\", ".getBytes(StandardCharsets.UTF_8);
        entries.put("articles/water-plan/article.json", broken);
        ObjectNode manifest = (ObjectNode) source.json().mapper().readTree(entries.get("manifest.json"));
        manifest.withArray("files").forEach(file -> {
            if (file.get("path").asText().equals("articles/water-plan/article.json")) {
                ((ObjectNode) file).put("size", broken.length).put("sha256", Zips.sha256(broken));
            }
        });
        entries.put("manifest.json", source.json().mapper().writeValueAsBytes(manifest));
        assertRefused(Zips.write(dir.resolve("broken.zip"), entries), "articles/water-plan/article.json is not valid JSON");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws Exception {
        Path text = dir.resolve("notes.zip");
        Files.writeString(text, "not a zip at all");
        assertRefused(text, "not a valid zip archive");
    }

    private Path withExtra(String name, String content) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.read(bundle));
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        return Zips.write(dir.resolve("extra-" + entries.size() + "-" + Math.abs(name.hashCode()) + ".zip"), entries);
    }

    /** Refused with one sentence naming the file; the library and the folder are as they were. */
    private void assertRefused(Path file, String why) throws Exception {
        List<String> before = listing();
        assertThatThrownBy(() -> target.imports().importFiles(List.of(file), Language.ENGLISH))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(why)
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
        assertThat(target.articles().count()).isZero();
        assertThat(listing()).isEqualTo(before);
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString()).filter(n -> !n.startsWith("target.newsdesk"))
                    .sorted().toList();
        }
    }
}
