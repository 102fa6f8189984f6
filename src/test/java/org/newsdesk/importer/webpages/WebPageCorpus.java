package org.newsdesk.importer.webpages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Saved web pages with the article text they should give, from the test suites of open-source article extractors
 * (see the README in the corpus folder for where each comes from and its licence). The pages are third-party data,
 * so they are not part of this repository: they live in the shared folder beside it ({@code shared/corpora/webpages},
 * or wherever {@code -Dnewsdesk.corpus.webpages} points).
 */
final class WebPageCorpus {
    static final String PROPERTY = "newsdesk.corpus.webpages";

    /** One saved page: its HTML, the article text expected from it, and the expected headline when known. */
    record Page(String set, String name, byte[] html, String expectedText, Optional<String> expectedTitle,
                Optional<String> expectedLanguage) {
    }

    private WebPageCorpus() {
    }

    /** The corpus folder, when this machine has it. */
    static Optional<Path> folder() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/corpora/webpages");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Mozilla Readability's test pages: source.html, expected.html (Reader View's article), expected-metadata.json. */
    static List<Page> mozilla(Path corpus) {
        Path root = corpus.resolve("mozilla");
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            Map<String, String> headlines = headlineCorrections();
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                JsonNode meta = new ObjectMapper().readTree(dir.resolve("expected-metadata.json").toFile());
                String name = dir.getFileName().toString();
                Optional<String> title = Optional.ofNullable(headlines.get(name)).or(() -> text(meta, "title"))
                        .filter(t -> !t.isBlank());
                pages.add(new Page("mozilla", name, gunzipBytes(dir.resolve("source.html.gz")),
                        Jsoup.parse(gunzip(dir.resolve("expected.html.gz"))).text(), title, text(meta, "lang")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** Zyte's (Scrapinghub's) article-extraction benchmark: html/&lt;id&gt;.html.gz and ground-truth.json's articleBody. */
    static List<Page> scrapinghub(Path corpus) {
        Path root = corpus.resolve("scrapinghub");
        List<Page> pages = new ArrayList<>();
        try {
            JsonNode truth = new ObjectMapper().readTree(root.resolve("ground-truth.json").toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = truth.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                pages.add(new Page("scrapinghub", e.getKey(), gunzipBytes(root.resolve("html/" + e.getKey() + ".html.gz")),
                        e.getValue().path("articleBody").asText(""), Optional.empty(), Optional.empty()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** src/test/resources/webpages/headlines.tsv: Reader View's titles without the site's name (see the file). */
    private static Map<String, String> headlineCorrections() throws IOException {
        Map<String, String> map = new java.util.HashMap<>();
        try (InputStream in = WebPageCorpus.class.getResourceAsStream("/webpages/headlines.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t");
                if (!line.startsWith("#") && cells.length >= 2) {
                    map.put(cells[0], cells[1]);
                }
            }
        }
        return map;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    static String gunzip(Path file) {
        return new String(gunzipBytes(file), StandardCharsets.UTF_8);
    }

    static byte[] gunzipBytes(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
