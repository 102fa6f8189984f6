package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.export.NinjsSchema;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.TextRun;
import org.newsdesk.service.ExportFormat;
import org.newsdesk.service.ExportRequest;
import org.newsdesk.service.ExportSelection;
import org.newsdesk.service.Library;
import org.newsdesk.service.SettingsService;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.testing.Zips;

/** Exports of a translation set: pages link each other (and stay Nu-valid), ninjs names the members, bundles group them. */
class TranslationExportTest {
    @TempDir
    Path dir;
    Library lib;
    Article en;
    Article fr;
    Article ar;

    @BeforeEach
    void set() {
        lib = TestLibrary.open(dir.resolve("lib.newsdesk"));
        lib.settings().set(SettingsService.Setting.SITE_BASE_URL, "https://news.example.org/articles");
        en = lib.articles().create(Article.draft("Heritage classrooms open", Language.ENGLISH, Instant.EPOCH)
                .withStandfirst("Forty schools.").withBody(Document.of(Block.paragraph("Pupils study monuments."))));
        fr = translated(lib.translations().translate(en.id(), Language.of("fr")), "Les classes du patrimoine ouvrent");
        ar = translated(lib.translations().translate(en.id(), Language.of("ar")), "فصول التراث تفتح أبوابها");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void pagesOfASetLinkEveryMemberAndXDefaultAndStayValid() throws Exception {
        Path out = dir.resolve("html");
        lib.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(en.id(), fr.id(), ar.id())),
                ExportFormat.HTML, out, false));
        Article frNow = lib.articles().get(fr.id());
        var page = Jsoup.parse(Files.readString(out.resolve(frNow.slug() + ".html")));

        assertThat(page.select("link[rel=alternate]").eachAttr("hreflang")).containsExactly("en", "fr", "ar", "x-default");
        assertThat(page.select("link[hreflang=x-default]").attr("href"))
                .isEqualTo("https://news.example.org/articles/" + lib.articles().get(en.id()).slug());
        assertThat(page.select("link[hreflang=ar]").attr("href")).endsWith("/" + lib.articles().get(ar.id()).slug());
        assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("fr");
        assertThat(page.select("meta[property=og:locale:alternate]").eachAttr("content")).containsExactly("en", "ar");
        JsonNode ld = new JsonCodec().mapper().readTree(page.select("script[type=application/ld+json]").html());
        assertThat(ld.path("translationOfWork").path("inLanguage").asText()).isEqualTo("en");
        var enPage = Jsoup.parse(Files.readString(out.resolve(lib.articles().get(en.id()).slug() + ".html")));
        JsonNode enLd = new JsonCodec().mapper().readTree(enPage.select("script[type=application/ld+json]").html());
        assertThat(enLd.path("workTranslation").findValuesAsText("inLanguage")).containsExactly("fr", "ar");

        NuHtmlChecker checker = new NuHtmlChecker();
        for (Path file : Files.list(out).toList()) {
            assertThat(checker.errors(Files.readString(file))).as(file.toString()).isEmpty();
        }
    }

    @Test
    void ninjsNamesTheOtherMembersAndValidates() throws Exception {
        Path out = dir.resolve("ninjs");
        lib.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(fr.id(), en.id())), ExportFormat.NINJS,
                out, false));
        String json = Files.readString(out.resolve(lib.articles().get(fr.id()).slug() + ExportFormat.NINJS.suffix()));
        assertThat(new NinjsSchema().problems(json)).isEmpty();
        JsonNode associations = new JsonCodec().mapper().readTree(json).path("associations");
        assertThat(associations.findValuesAsText("uri")).containsExactly("urn:newsdesk:article:" + en.id());
        assertThat(associations.get(0).path("rel").asText()).isEqualTo("translation-of");
    }

    @Test
    void aBundlePutsASetInOneFolderAndListsItInTheManifest() throws Exception {
        Article lone = lib.articles().create(Article.draft("Alone", Language.ENGLISH, Instant.EPOCH));
        Path zip = dir.resolve("out.zip");
        lib.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(en.id(), fr.id(), ar.id(), lone.id())),
                ExportFormat.BUNDLE, zip, false));
        JsonNode manifest = new JsonCodec().mapper().readTree(Zips.read(zip).get("manifest.json"));
        JsonNode set = manifest.path("sets").get(0);
        assertThat(manifest.path("sets")).hasSize(1);
        assertThat(set.path("source").asText()).isEqualTo(en.id().toString());
        assertThat(set.path("members").findValuesAsText("language")).containsExactlyInAnyOrder("en", "fr", "ar");
        String folder = set.path("folder").asText();
        assertThat(set.path("members").findValuesAsText("path")).allSatisfy(p -> assertThat(p).startsWith(folder));
        assertThat(Zips.read(zip).keySet()).anySatisfy(name -> assertThat(name).startsWith("articles/alone/"));

        // and it comes back in: the members are found in their set folder
        try (Library other = TestLibrary.open(dir.resolve("other.newsdesk"))) {
            assertThat(other.imports().importFiles(List.of(zip), Language.ENGLISH)).hasSize(4);
        }
    }

    @Test
    void completeSetsOnlyLeavesOutSetsWithMissingOrOutdatedWork() throws Exception {
        Article lone = lib.articles().create(Article.draft("Alone", Language.ENGLISH, Instant.EPOCH));
        Path out = dir.resolve("complete");
        var result = lib.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(en.id(), fr.id(), lone.id())),
                ExportFormat.HTML, out, false).withCompleteSetsOnly(true));
        assertThat(result.articles()).isEqualTo(2);

        Article source = lib.articles().get(en.id());
        lib.articles().save(source.withStandfirst("Forty-one schools."), "changed");
        assertThatThrownBy(() -> lib.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(fr.id())),
                ExportFormat.HTML, dir.resolve("none"), false).withCompleteSetsOnly(true)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("complete translation set");
    }

    @Test
    void aTranslationExportedAsNativeJsonComesBackStillLinked() throws Exception {
        Path file = dir.resolve("fr.json");
        lib.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(fr.id())), ExportFormat.JSON, file, false));
        lib.articles().trash(fr.id());
        lib.articles().emptyTrash();

        Article back = lib.imports().importFiles(List.of(file), Language.ENGLISH).get(0);
        assertThat(back.id()).isEqualTo(fr.id());
        assertThat(lib.translations().report(fr.id())).isPresent();
        assertThat(lib.translations().set(en.id()).member(fr.id()).orElseThrow().isComplete()).isTrue();
    }

    @Test
    void aTranslationSentForReviewByFileComesBackStillLinked() throws Exception {
        Path file = lib.reviews().exportPackage(fr.id(), dir.resolve("fr.newsdesk-review"));
        JsonNode json = new JsonCodec().mapper().readTree(Files.readString(file));
        assertThat(json.path("translation").path("sourceId").asText()).isEqualTo(en.id().toString());

        lib.articles().trash(fr.id());
        lib.articles().emptyTrash();
        lib.reviews().importPackage(file);
        assertThat(lib.translations().report(fr.id())).isPresent();
        assertThat(lib.translations().set(en.id()).member(fr.id()).orElseThrow().isComplete()).isTrue();
    }

    private Article translated(Article t, String headline) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : t.body().blocks()) {
            blocks.add(b.withRuns(List.of(TextRun.plain(headline + " — corps"))));
        }
        return lib.articles().save(t.withHeadline(headline).withStandfirst(headline + ".")
                .withBody(new Document(blocks)), "translated");
    }
}
