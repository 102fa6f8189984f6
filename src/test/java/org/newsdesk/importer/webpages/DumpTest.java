package org.newsdesk.importer.webpages;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DumpTest {
    @Test
    void dump() throws Exception {
        Path corpus = WebPageCorpus.folder().orElseThrow();
        List<String> names = List.of(System.getProperty("pages", "").split(","));
        for (WebPageCorpus.Page page : WebPageCorpus.mozilla(corpus)) {
            if (!names.contains(page.name())) continue;
            var doc = Jsoup.parse(new ByteArrayInputStream(page.html()), null, "http://example.org/");
            var a = new Readability4J("http://example.org/", doc).parse();
            Files.writeString(Path.of("/tmp/dump-" + page.name() + ".r4j.txt"), String.join("\n", WordOverlap.words(a.getTextContent())));
            Files.writeString(Path.of("/tmp/dump-" + page.name() + ".exp.txt"), String.join("\n", WordOverlap.words(page.expectedText())));
            Files.writeString(Path.of("/tmp/dump-" + page.name() + ".r4j.html"), a.getContent());
        }
    }
}
