package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.codec.NativeArticleReader;
import org.newsdesk.export.NinjsSchema;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.testing.Zips;

/** The export, verify, config and import commands end to end, as a script would run them. */
class ExportCliTest {
    private static final String HEADLINE = "Water <script>alert(1)</script> & \"clean\" plan";

    @TempDir
    Path dir;
    Path library;
    String id;

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppDirectories dirs = new AppDirectories(dir.resolve("data"), dir.resolve("config"));
        int code = new NewsdeskCli(new CliEnvironment(dirs, new TestLibrary.TickingClock(java.time.Instant.parse(
                "2026-03-01T09:00:00Z")), new PrintWriter(out), new PrintWriter(err), CliRunner.NO_VARIABLES,
                dir.resolve("home"))).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    Result on(Path lib, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--library");
        all.add(lib.toString());
        return run(all.toArray(String[]::new));
    }

    @BeforeEach
    void createArticles() throws Exception {
        library = dir.resolve("lib.newsdesk");
        Path body = Files.writeString(dir.resolve("body.md"), "Ministers **agreed** on [a plan](https://example.org).\n\n"
                + "- Pipes\n  - and pumps\n", StandardCharsets.UTF_8);
        Result created = on(library, "new", "--headline", HEADLINE, "--tag", "Water", "--body-file", body.toString());
        assertThat(created.code()).as(created.err()).isZero();
        id = created.out().strip();
        assertThat(on(library, "new", "--headline", "Plan pour l'eau", "--lang", "fr", "--tag", "Water").code()).isZero();
        assertThat(on(library, "new", "--headline", "Festival returns", "--tag", "Culture").code()).isZero();
    }

    @Test
    void anEmbargoedArticleIsRefusedUnlessAllowedAndCarriesItsEmbargoInNinjs() throws Exception {
        assertThat(on(library, "edit", id, "--embargo", "2027-01-15T09:00+01:00").code()).isZero();
        Path page = dir.resolve("early.html");
        Result refused = on(library, "export", id, "--format", "html", "--out", page.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("embargo");
        assertThat(page).doesNotExist();
        Result allowed = on(library, "export", id, "--format", "ninjs", "--out", dir.resolve("a.json").toString(),
                "--allow-embargoed");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(Files.readString(dir.resolve("a.json"))).contains("\"embargoedUntil\" : \"2027-01-15T09:00:00+01:00\"");
    }

    @Test
    void aLibrarysTemplatesFolderRestylesTheExportedPages() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("site-templates"));
        Files.writeString(templates.resolve("article.css"), "body { font-family: 'Site Serif'; }\n");
        assertThat(on(library, "config", "templates.folder", templates.toString()).code()).isZero();
        Path page = dir.resolve("styled.html");
        assertThat(on(library, "export", id, "--format", "html", "--out", page.toString()).code()).isZero();
        assertThat(Files.readString(page)).contains("font-family: 'Site Serif'");
        assertThat(on(library, "config", "templates.folder", dir.resolve("missing").toString()).code()).isEqualTo(2);
    }

    @Test
    void aBundleExportCanMarkItsApprovedArticlesPublished() throws Exception {
        assertThat(on(library, "edit", id, "--standfirst", "Pipes for every school.").code()).isZero();
        assertThat(on(library, "status", id, "submit", "--as", "Sara", "--role", "press-officer").code()).isZero();
        Result approved = on(library, "status", id, "approve", "--as", "Omar", "--role", "editor");
        assertThat(approved.code()).as(approved.err()).isZero();
        Path zip = dir.resolve("week.zip");
        Result byWriter = on(library, "export", "--tag", "water", "--format", "bundle", "--out", zip.toString(),
                "--mark-published", "--as", "Sara", "--role", "press-officer");
        assertThat(byWriter.code()).isEqualTo(3);
        assertThat(byWriter.err()).contains("only an editor");
        assertThat(zip).exists();
        Result byEditor = on(library, "export", "--tag", "water", "--format", "bundle", "--out", zip.toString(),
                "--mark-published", "--as", "Omar", "--role", "editor");
        assertThat(byEditor.code()).as(byEditor.err()).isZero();
        assertThat(byEditor.err()).contains("1 approved article(s) marked published");
        assertThat(on(library, "show", id).out()).contains("status: published");
    }

    @Test
    void htmlEscapesTheHeadlineAndWritesOneFilePerArticle() throws Exception {
        Path out = dir.resolve("pages");
        Result r = on(library, "export", "--tag", "water", "--format", "html", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).as("no progress bar without a terminal").isEmpty();
        assertThat(r.lines()).hasSize(2).allMatch(line -> Files.exists(Path.of(line)));
        String html = Files.readString(out.resolve("water-script-alert-1-script-clean-plan.html"));
        assertThat(html).contains("<h1>Water &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;clean&quot; plan</h1>")
                .doesNotContain("<script>alert");
        assertThat(out.resolve("plan-pour-leau.html")).exists();
    }

    @Test
    void fragmentJsonAndNinjsOfOneArticleGoToTheNamedFile() throws Exception {
        Path fragment = dir.resolve("story.fragment.html");
        assertThat(on(library, "export", id, "--format", "fragment", "--out", fragment.toString()).code()).isZero();
        assertThat(Files.readString(fragment)).contains("<strong>agreed</strong>").doesNotContain("<html");

        Path json = dir.resolve("story.json");
        assertThat(on(library, "export", id.substring(0, 8), "--format", "json", "--with-revisions", "--out",
                json.toString()).code()).isZero();
        var file = new NativeArticleReader(new JsonCodec()).read(json);
        assertThat(file.article().headline()).isEqualTo(HEADLINE);
        assertThat(file.revisions()).hasSize(1);

        Path ninjs = dir.resolve("story.ninjs.json");
        assertThat(on(library, "export", id, "--format", "ninjs", "--out", ninjs.toString()).code()).isZero();
        String text = Files.readString(ninjs);
        assertThat(new NinjsSchema().problems(text)).isEmpty();
        JsonNode node = new JsonCodec().mapper().readTree(text);
        assertThat(node.at("/headlines/0/value").asText()).isEqualTo(HEADLINE);
    }

    @Test
    void aBundleVerifiesAndATamperedOneIsCaughtNamingTheFile() throws Exception {
        Path zip = dir.resolve("bundle.zip");
        Result exported = on(library, "export", "--all", "--format", "bundle", "--out", zip.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out().strip()).isEqualTo(zip.toString());

        Result good = run("verify", zip.toString());
        assertThat(good.code()).isZero();
        assertThat(good.out().strip()).isEqualTo("OK: " + zip + " matches its manifest (3 articles, 10 files).");

        Map<String, byte[]> entries = Zips.read(zip);
        String page = "articles/festival-returns/index.html";
        byte[] html = entries.get(page).clone();
        html[html.length / 2] ^= 1; // one byte
        entries.put(page, html);
        Path tampered = Zips.write(dir.resolve("tampered.zip"), entries);
        Result bad = run("verify", tampered.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(1);
        assertThat(bad.err()).startsWith("BAD: " + tampered).contains(page).contains("SHA-256");

        Result missing = run("verify", dir.resolve("nope.zip").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
    }

    @Test
    void aBundleImportedIntoAFreshLibraryExportsToIdenticalBytes() throws Exception {
        Path first = dir.resolve("first.zip");
        assertThat(on(library, "export", "--all", "--format", "bundle", "--out", first.toString()).code()).isZero();
        Path fresh = dir.resolve("fresh.newsdesk");
        Result imported = on(fresh, "import", first.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.lines()).hasSize(3).contains(id);
        Path second = dir.resolve("second.zip");
        assertThat(on(fresh, "export", "--all", "--format", "bundle", "--out", second.toString()).code()).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void aHostileBundleIsRefusedWithOneSentenceAndImportsNothing() throws Exception {
        Path zip = dir.resolve("bundle.zip");
        on(library, "export", "--all", "--format", "bundle", "--out", zip.toString());
        Map<String, byte[]> entries = Zips.read(zip);
        entries.put("../../evil.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8));
        Path evil = Zips.write(dir.resolve("evil.zip"), entries);
        Path fresh = dir.resolve("fresh.newsdesk");
        Result r = on(fresh, "import", evil.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains(evil.toString()).contains("unsafe path").doesNotContain("Exception");
        assertThat(on(fresh, "list", "--json").out().strip()).isEqualTo("[ ]");
        assertThat(dir.getParent().resolve("evil.sh")).doesNotExist();
    }

    @Test
    void aWordDocumentImportsWithItsHeadline() throws Exception {
        Path docx = dir.resolve("release.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            var title = doc.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText("Heritage classrooms open");
            doc.createParagraph().createRun().setText("Pupils study monuments.");
            doc.write(out);
        }
        Result r = on(library, "import", docx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // one line saying which language the importer chose, and no logging noise from POI
        assertThat(r.err().strip()).isEqualTo("release.docx: language en, detected from the text.");
        assertThat(on(library, "show", r.out().strip()).out()).startsWith("Heritage classrooms open")
                .contains("Pupils study monuments.");

        Path fake = Files.writeString(dir.resolve("fake.docx"), "plain text", StandardCharsets.UTF_8);
        Result refused = on(library, "import", fake.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().strip()).contains("is not a Word document");
    }

    @Test
    void configSetsTheSiteBaseUrlUsedForCanonicalLinks() throws Exception {
        Result set = on(library, "config", "site.base-url", "https://news.example.org/articles");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out().strip()).isEqualTo("site.base-url = https://news.example.org/articles/");
        assertThat(on(library, "config").lines()).containsExactly(
                "site.base-url = https://news.example.org/articles/", "site.name = (not set)",
                "templates.folder = (not set)", "translation.languages = (not set)", "spelling.grammar = (not set)",
                "team.pictures = (not set)");
        Path page = dir.resolve("story.html");
        on(library, "export", id, "--format", "html", "--out", page.toString());
        assertThat(Files.readString(page)).contains(
                "<link rel=\"canonical\" href=\"https://news.example.org/articles/water-script-alert-1-script-clean-plan\">");
        assertThat(on(library, "config", "site.colour", "blue").code()).isEqualTo(2);
        assertThat(on(library, "config", "site.base-url", "not a url").code()).isEqualTo(2);
    }

    @Test
    void usageMistakesExitWithOne() {
        String out = dir.resolve("x").toString();
        assertThat(on(library, "export", "--format", "html", "--out", out).code()).isEqualTo(1);
        assertThat(on(library, "export", id, "--all", "--format", "html", "--out", out).code()).isEqualTo(1);
        assertThat(on(library, "export", "--all", "--format", "pdf", "--out", out).code()).isEqualTo(1);
        Result revisions = on(library, "export", "--all", "--format", "html", "--with-revisions", "--out", out);
        assertThat(revisions.code()).isEqualTo(1);
        assertThat(revisions.err()).contains("--with-revisions");
        assertThat(on(library, "export", "--status", "published", "--format", "html", "--out", out).code()).isEqualTo(2);
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void newCommandsHaveHelp() {
        for (String command : new String[] {"export", "config"}) {
            Result r = run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).contains("Usage:").contains("--library");
        }
        Result verify = run("verify", "--help");
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).contains("Usage:").contains("BUNDLE");
    }
}
