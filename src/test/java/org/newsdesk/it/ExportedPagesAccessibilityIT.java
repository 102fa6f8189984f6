package org.newsdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.Asset;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.service.ExportFormat;
import org.newsdesk.service.ExportRequest;
import org.newsdesk.service.ExportResult;
import org.newsdesk.service.ExportSelection;
import org.newsdesk.service.Library;
import org.newsdesk.service.SampleArticles;
import org.newsdesk.testing.TestImages;
import org.newsdesk.testing.TestLibrary;

/**
 * The exported pages of the three sample articles (English, French, Arabic) pass axe-core with no violations, in
 * the light and the dark colour scheme: src/test/a11y/check.js drives Debian's headless Chromium (never a
 * downloaded browser). Without chromium, node or the checker's node_modules ({@code npm ci} in src/test/a11y) the
 * test is skipped with a one-line reason, unless NEWSDESK_A11Y_REQUIRED is set (.ci/run sets it), then it fails.
 */
class ExportedPagesAccessibilityIT {
    private static final Path CHECKER = Path.of(System.getProperty("newsdesk.a11y.dir", "src/test/a11y"))
            .toAbsolutePath();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @TempDir
    Path dir;

    @Test
    void theSampleExportsHaveNoAxeViolationsInLightOrDark() throws Exception {
        requireTools();
        List<Path> pages;
        try (Library library = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            SampleArticles.seed(library, Clock.systemUTC());
            ExportResult result = library.exports().export(new ExportRequest(ExportSelection.all(), ExportFormat.HTML,
                    pagesFolder("samples"), false));
            assertThat(result.warnings()).as("the samples' export warnings").isEmpty();
            pages = result.files();
        }
        assertThat(pages).hasSize(3);
        assertNoViolations(pages);
    }

    @Test
    void picturesWithAltTextCaptionsAndLinksHaveNoAxeViolations() throws Exception {
        requireTools();
        List<Path> pages;
        try (Library library = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            List<Article> samples = SampleArticles.seed(library, Clock.systemUTC());
            Asset photo = library.images().add(TestImages.jpeg(1000, 750), "school.jpg");
            List<Article> illustrated = new ArrayList<>();
            for (Article sample : samples) {
                List<Block> blocks = new ArrayList<>(sample.body().blocks());
                blocks.add(1, Block.image(new ImageRef(photo.sha256(), "Pupils at the launch", "Press Office",
                        "Pupils in front of a stone gate", null)));
                blocks.add(Block.image(new ImageRef(photo.sha256(), "", "", "The programme's poster",
                        "https://example.org/poster")));
                illustrated.add(library.articles().save(sample.withBody(Document.of(blocks.toArray(Block[]::new))), "Pictures"));
            }
            pages = library.exports().export(new ExportRequest(ExportSelection.ofIds(
                    illustrated.stream().map(Article::id).toList()), ExportFormat.HTML, pagesFolder("pictures"), false))
                    .files();
        }
        assertNoViolations(pages);
    }

    /** The pages stay in target/a11y-pages after the test, to open or to check again by hand. */
    private static Path pagesFolder(String name) throws IOException {
        Path folder = Path.of("target", "a11y-pages", name).toAbsolutePath();
        if (Files.isDirectory(folder)) {
            try (var files = Files.walk(folder)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder.getParent());
        return folder;
    }

    private static void requireTools() {
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM + " (apt-get install chromium)"
                : !onPath("node") ? "node on the PATH"
                : !Files.isDirectory(CHECKER.resolve("node_modules/axe-core")) ? CHECKER.resolve("node_modules")
                + " (npm ci there)" : null;
        if (missing != null && System.getenv("NEWSDESK_A11Y_REQUIRED") != null) {
            throw new AssertionError("The accessibility check needs " + missing + "; NEWSDESK_A11Y_REQUIRED is set.");
        }
        assumeTrue(missing == null, "Exported pages' accessibility check skipped, missing: " + missing + ".");
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static void assertNoViolations(List<Path> pages) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", CHECKER.resolve("check.js").toString()));
        pages.forEach(page -> command.add(page.toString()));
        Path log = Files.createTempFile("axe-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(CHECKER.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("CHROMIUM", CHROMIUM.toString());
        Process node = builder.start();
        if (!node.waitFor(3, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            throw new AssertionError("The accessibility check did not finish in 3 minutes:\n" + Files.readString(log));
        }
        String report = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertThat(node.exitValue()).as("axe-core on %s:%n%s", pages, report).isZero();
        System.out.println(report);
    }
}
