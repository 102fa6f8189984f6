package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.NativeArticleWriter;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;
import org.newsdesk.testing.TestLibrary;

class ImportServiceTest {
    @TempDir
    Path dir;
    Library library;

    @BeforeEach
    void open() {
        library = TestLibrary.open(dir.resolve("lib.newsdesk"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void wordCommentsBecomeReviewCommentsOnTheirWordsAndTheTableIsSearchable() throws Exception {
        Path docx = java.nio.file.Paths.get("src/test/resources/docx/libreoffice/communique-fr.docx");
        Article a = library.imports().importFiles(List.of(docx), Language.ENGLISH).get(0);
        var threads = library.comments().threads(a.id());
        assertThat(threads).hasSize(1);
        var comment = threads.get(0).first();
        assertThat(comment.author()).isEqualTo("Sara Haddad");
        assertThat(comment.text()).isEqualTo("Quel ministre exactement ?");
        assertThat(comment.quote()).isEqualTo("Le ministre");
        assertThat(comment.anchor().textIn(library.articles().get(a.id()).body().plainText())).isEqualTo("Le ministre");
        assertThat(library.articles().search(org.newsdesk.model.ArticleFilter.text("Fès"))).as("words of a table cell are searchable")
                .extracting(h -> h.article().id()).contains(a.id());
    }

    @Test
    void markdownKeepsHeadingsMarksLinksListsAndQuotes() throws Exception {
        Path md = file("release.md", """
                # Heritage classrooms open

                Pupils **study** *monuments* with [historians](https://example.org/h).

                ## What it offers

                - A kit
                  - in three languages
                1. First
                > Children protect what they understand.
                """);
        Article a = importOne(md);
        assertThat(a.headline()).isEqualTo("Heritage classrooms open");
        List<Block> blocks = a.body().blocks();
        assertThat(blocks).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.HEADING,
                BlockType.BULLET_ITEM, BlockType.BULLET_ITEM, BlockType.NUMBERED_ITEM, BlockType.QUOTE);
        assertThat(blocks.get(0).runs()).containsExactly(TextRun.plain("Pupils "), TextRun.of("study", Mark.BOLD),
                TextRun.plain(" "), TextRun.of("monuments", Mark.ITALIC), TextRun.plain(" with "),
                TextRun.link("historians", "https://example.org/h"), TextRun.plain("."));
        assertThat(blocks.get(1).level()).isEqualTo(2);
        assertThat(blocks.get(3).level()).isEqualTo(1);
        assertThat(blocks.get(5).text()).isEqualTo("Children protect what they understand.");
    }

    @Test
    void markdownFrontMatterSetsMetadata() throws Exception {
        Article a = importOne(file("ar.md", """
                ---
                language: ar
                standfirst: مشروع جديد
                dateline: عمّان
                date: 2026-05-20
                tags: مخطوطات, تراث
                ---
                # إطلاق مشروع الرقمنة

                نص المقال.
                """));
        assertThat(a.language()).isEqualTo(Language.of("ar"));
        assertThat(a.standfirst()).isEqualTo("مشروع جديد");
        assertThat(a.dateline()).isEqualTo("عمّان");
        assertThat(a.date()).hasToString("2026-05-20");
        assertThat(a.tags()).containsExactlyInAnyOrder("مخطوطات", "تراث");
        assertThat(a.slug()).matches("[a-z0-9-]+");
    }

    @Test
    void textFileFirstLineIsTheHeadline() throws Exception {
        Article a = importOne(file("note.txt", "Festival returns\n\nFirst paragraph\nwrapped.\n\nSecond."));
        assertThat(a.headline()).isEqualTo("Festival returns");
        assertThat(a.body().blocks()).extracting(Block::text).containsExactly("First paragraph wrapped.", "Second.");
    }

    @Test
    void nativeJsonRecreatesTheArticleExactly() throws Exception {
        Article original = library.articles().create(Article.draft("Round trip", Language.of("fr"), java.time.Instant.EPOCH)
                .withTags(List.of("Culture")).withBody(org.newsdesk.model.Document.ofPlainText("Texte.")));
        String json = new NativeArticleWriter(library.json()).write(original);
        try (Library other = TestLibrary.open(dir.resolve("other.newsdesk"))) {
            Path file = file("a.json", json);
            Article imported = other.imports().importFiles(List.of(file), Language.ENGLISH).get(0);
            assertThat(imported).isEqualTo(original);
            // importing it again where the id exists gives a new draft copy, never an overwrite
            Article copy = other.imports().importFiles(List.of(file), Language.ENGLISH).get(0);
            assertThat(copy.id()).isNotEqualTo(original.id());
            assertThat(other.articles().get(original.id())).isEqualTo(original);
        }
    }

    @Test
    void articlesReadElsewhereComeInAsOneBatchKeepingNativeIdentity() {
        java.time.Instant then = java.time.Instant.parse("2019-04-02T08:30:00Z");
        java.util.UUID id = java.util.UUID.randomUUID();
        Article published = new Article(id, null, Language.of("fr"), id, "Archives du festival", "", "", null, "",
                org.newsdesk.model.Document.ofPlainText("Texte archivé."), List.of("Culture"), null, null,
                org.newsdesk.model.ArticleStatus.PUBLISHED, 0, then, then.plusSeconds(60));
        Article fresh = Article.draft("Wire copy", Language.ENGLISH, then)
                .withStatus(org.newsdesk.model.ArticleStatus.APPROVED);
        List<Article> stored = library.imports().importArticles(List.of(
                new org.newsdesk.importer.ImportedArticle(published, true),
                org.newsdesk.importer.ImportedArticle.fresh(fresh)));
        assertThat(stored).hasSize(2);
        assertThat(library.articles().get(id)).isEqualTo(stored.get(0))
                .satisfies(a -> assertThat(a.status()).isEqualTo(org.newsdesk.model.ArticleStatus.PUBLISHED))
                .satisfies(a -> assertThat(a.updatedAt()).isEqualTo(then.plusSeconds(60)));
        assertThat(stored.get(1).status()).isEqualTo(org.newsdesk.model.ArticleStatus.DRAFT);
        assertThat(library.articles().search(org.newsdesk.model.ArticleFilter.text("archive")))
                .extracting(h -> h.article().id()).containsExactly(id);
        assertThat(library.articles().revisions(id)).singleElement()
                .satisfies(r -> assertThat(r.note()).isEqualTo("Imported"));
        assertThat(library.imports().importArticles(List.of())).isEmpty();
        assertThat(library.check()).isEmpty();
    }

    @Test
    void aBadFileInABatchImportsNothingAndNamesTheFile() throws Exception {
        Path good = file("good.md", "# Good\n\nText.");
        Path bad = dir.resolve("bad.md");
        Files.write(bad, new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});
        assertThatThrownBy(() -> library.imports().importFiles(List.of(good, bad), Language.ENGLISH))
                .isInstanceOf(BadInputException.class).hasMessageContaining(bad.toString()).hasMessageContaining("UTF-8");
        assertThat(library.articles().count()).isZero();
    }

    @Test
    void malformedFilesGetOneClearSentence() throws Exception {
        assertImportFails(file("broken.json", "{\"format\": \"newsdesk-article\", "), "not valid JSON");
        assertImportFails(file("foreign.json", "{\"hello\": 1}"), "not a Newsdesk article file");
        assertImportFails(file("future.json", "{\"format\":\"newsdesk-article\",\"version\":99,\"article\":{}}"), "version");
        assertImportFails(file("empty.md", ""), "empty");
        Path binary = dir.resolve("photo.md");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertImportFails(binary, "binary");
        assertImportFails(file("sheet.xlsx", "x"), "not supported");
        assertImportFails(dir.resolve("missing.md"), "does not exist");
        assertThat(library.articles().count()).isZero();
    }

    private void assertImportFails(Path file, String why) {
        assertThatThrownBy(() -> library.imports().importFiles(List.of(file), Language.ENGLISH))
                .isInstanceOf(BadInputException.class).hasMessageContaining(file.toString()).hasMessageContaining(why);
    }

    private Article importOne(Path file) {
        List<Article> imported = library.imports().importFiles(List.of(file), Language.ENGLISH);
        assertThat(imported).hasSize(1);
        assertThat(library.articles().get(imported.get(0).id())).isEqualTo(imported.get(0));
        return imported.get(0);
    }

    private Path file(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }
}
