package scratch;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsdesk.importer.DocxImporter;
import org.newsdesk.importer.ImportDefaults;
import org.newsdesk.model.Language;

class DumpTest {
    @Test
    void dump() {
        var a = new DocxImporter().read(Path.of(System.getProperty("dump")), new ImportDefaults(Language.ENGLISH, Instant.now())).get(0);
        System.out.println("HEADLINE: " + a.article().headline() + " | LANG " + a.article().language() + " | STAND " + a.article().standfirst());
        a.article().body().blocks().forEach(b -> System.out.println(b.type() + " " + b.level() + " " + b.direction() + ": " + b.text().replace("\n", " / ")));
        a.comments().forEach(c -> System.out.println("COMMENT " + c));
    }
}
