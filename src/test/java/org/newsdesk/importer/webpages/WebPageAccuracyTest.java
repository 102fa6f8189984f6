package org.newsdesk.importer.webpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.importer.HtmlImporter;
import org.newsdesk.importer.ImportDefaults;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;

/**
 * Imports real saved pages and measures, per page and on average, how much of the expected article text the
 * imported body holds (word recall) and how much of the body is article (word precision), and whether the
 * headline is the page's title; readability4j alone on the same pages is the reference. Writes the per-page table
 * to target/webpage-accuracy.txt. Needs the corpus (see {@link WebPageCorpus}); skipped, saying so, without it.
 */
class WebPageAccuracyTest {
    private static Path corpus;
    @TempDir
    static Path dir;

    record Score(String name, boolean imported, WordOverlap ours, WordOverlap floor, Boolean headlineRight,
                 String headline, String expectedHeadline) {
    }

    @BeforeAll
    static void findCorpus() {
        Optional<Path> folder = WebPageCorpus.folder();
        Assumptions.assumeTrue(folder.isPresent(), "The saved-page corpus is not on this machine (shared/corpora/webpages"
                + " or -D" + WebPageCorpus.PROPERTY + "=FOLDER): web-page accuracy not measured.");
        corpus = folder.get();
    }

    @Test
    void mozillaReadabilityPages() throws IOException {
        List<Score> scores = score(WebPageCorpus.mozilla(corpus), false);
        Summary s = report("Mozilla Readability test pages (expected: Reader View's article)", scores, false);
        assertThat(scores).allMatch(Score::imported);
        assertThat(s.recall).isGreaterThanOrEqualTo(0.97);
        assertThat(s.precision).isGreaterThanOrEqualTo(0.95);
        assertThat(scores).allMatch(x -> x.ours.recall() >= 0.85, "no page below 0.85 recall");
        assertThat(s.headlines).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void articleExtractionBenchmark() throws IOException {
        List<Score> scores = score(WebPageCorpus.scrapinghub(corpus), true);
        Summary s = report("Zyte article-extraction benchmark (hand-made ground truth, 4-word shingles)", scores, true);
        assertThat(scores).allMatch(Score::imported);
        // Readability.js 0.947 and trafilatura 0.958 in the benchmark's own table
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.96);
    }

    private record Summary(double recall, double precision, double headlines, double floorRecall,
                           double floorPrecision) {
        double f1() {
            return 2 * recall * precision / (recall + precision);
        }
    }

    private static List<Score> score(List<WebPageCorpus.Page> pages, boolean shingles) throws IOException {
        HtmlImporter importer = new HtmlImporter();
        List<Score> scores = new ArrayList<>();
        for (WebPageCorpus.Page page : pages) {
            Path file = Files.write(dir.resolve(page.set() + "-" + page.name() + ".html"), page.html());
            String body = "";
            String headline = null;
            boolean imported = true;
            try {
                Article a = importer.read(file, new ImportDefaults(Language.ENGLISH, Instant.EPOCH)).get(0).article();
                body = a.body().plainText();
                headline = a.headline();
            } catch (RuntimeException e) {
                imported = false;
                headline = e.getMessage();
            }
            String floor = readability4j(page.html());
            WordOverlap ours = shingles ? WordOverlap.shingles(page.expectedText(), body) : WordOverlap.of(page.expectedText(), body);
            WordOverlap bare = shingles ? WordOverlap.shingles(page.expectedText(), floor) : WordOverlap.of(page.expectedText(), floor);
            String shown = imported && headline != null ? headline : "";
            Boolean right = page.expectedTitle().map(t -> sameHeadline(t, shown)).orElse(null);
            scores.add(new Score(page.name(), imported, ours, bare, right, headline, page.expectedTitle().orElse("")));
        }
        return scores;
    }

    /** What the ported Reader View gives on its own: the reference these figures are compared with. */
    private static String readability4j(byte[] html) {
        try {
            var doc = Jsoup.parse(new ByteArrayInputStream(html), null, "");
            String text = new Readability4J("file:///page.html", doc).parse().getTextContent();
            return text == null ? "" : text;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static boolean sameHeadline(String expected, String actual) {
        return normal(expected).equals(normal(actual));
    }

    private static String normal(String s) {
        return String.join(" ", WordOverlap.words(s));
    }

    private static Summary report(String title, List<Score> scores, boolean shingles) throws IOException {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.format("%-44s %8s %8s %8s %8s  %s%n", "page", "recall", "precis.", "r4j rec", "r4j prec", "headline"));
        double r = 0, p = 0, fr = 0, fp = 0;
        int headlines = 0, withHeadline = 0;
        for (Score s : scores) {
            r += s.ours.recall();
            p += s.ours.precision();
            fr += s.floor.recall();
            fp += s.floor.precision();
            if (s.headlineRight != null) {
                withHeadline++;
                headlines += s.headlineRight ? 1 : 0;
            }
            out.append(String.format("%-44s %8.3f %8.3f %8.3f %8.3f  %s%n", s.name.length() > 44 ? s.name.substring(0, 44) : s.name,
                    s.ours.recall(), s.ours.precision(), s.floor.recall(), s.floor.precision(),
                    !s.imported ? "NOT IMPORTED: " + s.headline : s.headlineRight == null ? ""
                            : s.headlineRight ? "ok" : "\"" + s.headline + "\" ≠ \"" + s.expectedHeadline + "\""));
        }
        int n = scores.size();
        Summary summary = new Summary(r / n, p / n, withHeadline == 0 ? 1 : (double) headlines / withHeadline, fr / n, fp / n);
        double floorF1 = 2 * summary.floorRecall * summary.floorPrecision / (summary.floorRecall + summary.floorPrecision);
        String line = String.format("%s: %d pages, %d imported; Newsdesk recall %.3f precision %.3f F1 %.3f (below 0.85"
                        + " recall: %d); readability4j alone recall %.3f precision %.3f F1 %.3f%s",
                title, n, scores.stream().filter(Score::imported).count(), summary.recall, summary.precision, summary.f1(),
                scores.stream().filter(x -> x.ours.recall() < 0.85).count(), summary.floorRecall, summary.floorPrecision,
                floorF1, withHeadline == 0 ? "" : String.format("; headline right on %d of %d (%.1f %%)", headlines,
                        withHeadline, 100.0 * headlines / withHeadline));
        out.append(line).append('\n');
        System.out.println(line);
        Path report = Path.of("target", "webpage-accuracy-" + (shingles ? "benchmark" : "mozilla") + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out);
        return summary;
    }
}
