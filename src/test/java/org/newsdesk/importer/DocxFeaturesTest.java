package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mark;
import org.newsdesk.model.Notes;
import org.newsdesk.model.Table;
import org.newsdesk.model.TextRun;

/** What a Word import keeps, feature by feature, on files made by LibreOffice and Word (see docx/README.md). */
class DocxFeaturesTest {
    private static final Path DOCX = Paths.get("src/test/resources/docx");
    private static final ImportDefaults ENGLISH = new ImportDefaults(Language.ENGLISH, Instant.parse("2026-12-01T00:00:00Z"));

    @TempDir
    static Path folder;

    private static ImportedArticle read(String name) {
        return new DocxImporter().read(DOCX.resolve(name), ENGLISH).get(0);
    }

    /** The Word-like document {@link WordLikeDocx} writes (Word's own XML, which LibreOffice never writes). */
    private static ImportedArticle wordLike() throws Exception {
        return new DocxImporter().read(WordLikeDocx.write(folder), ENGLISH).get(0);
    }

    private static List<String> texts(Article article) {
        return article.body().blocks().stream().map(Block::text).toList();
    }

    @Test
    void aLibreOfficeReleaseKeepsTitleLanguageTableWithHeaderNotesCommentAndTextBox() {
        ImportedArticle imported = read("libreoffice/communique-fr.docx");
        Article article = imported.article();
        assertThat(article.headline()).isEqualTo("Des classes du patrimoine ouvrent à Tanger");
        assertThat(article.language()).as("Word's language of the text, not the import default").isEqualTo(Language.of("fr"));
        List<Block> blocks = article.body().blocks();

        assertThat(blocks).filteredOn(b -> b.type() == BlockType.HEADING).extracting(Block::text)
                .as("a heading by outline level, one by the German style name Überschrift 2, and the notes' heading")
                .containsExactly("Ce que propose le programme", "Calendrier des visites", "Notes");

        Table table = blocks.stream().filter(b -> b.type() == BlockType.TABLE).findFirst().orElseThrow().table();
        assertThat(table.headerRow()).isTrue();
        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.cell(0, 0).text()).isEqualTo("Ville");
        assertThat(table.cell(2, 0).text()).isEqualTo("Fès");
        assertThat(table.cell(1, 2).runs()).as("an endnote referred to from a cell")
                .containsExactly(TextRun.plain("4 avril"), Notes.reference(2));

        assertThat(blocks.get(0).runs()).contains(Notes.reference(1), TextRun.link("l’organisation", "https://example.org/unesco"));
        int notes = texts(article).indexOf("Notes");
        assertThat(blocks.get(notes + 1).type()).isEqualTo(BlockType.NUMBERED_ITEM);
        assertThat(blocks.get(notes + 1).runs()).containsExactly(TextRun.plain("Chiffres du ministère de l’Éducation, mars 2026. "),
                TextRun.link(Notes.BACK, "#note-ref-1"));
        assertThat(blocks.get(notes + 2).text()).startsWith("Date provisoire, à confirmer.");

        assertThat(texts(article)).as("tracked changes read as accepted; hidden text left out")
                .contains("Le ministre a salué des mots nouvellement ajoutés et d’autres qui restent.")
                .noneMatch(t -> t.contains("supprimés") || t.contains("masqué"));
        assertThat(texts(article)).as("the text box's words come after its paragraph")
                .containsSubsequence("Le programme durera trois ans. Page 1.", "Encadré : inscriptions ouvertes jusqu’au 30 mars.");

        assertThat(imported.comments()).hasSize(1);
        ImportedComment comment = imported.comments().get(0);
        assertThat(comment.author()).isEqualTo("Sara Haddad");
        assertThat(comment.text()).isEqualTo("Quel ministre exactement ?");
        assertThat(comment.anchor().textIn(article.body().plainText())).isEqualTo("Le ministre");
    }

    @Test
    void anArabicLibreOfficeReleaseIsArabicWithARightToLeftTable() {
        Article article = read("libreoffice/communique-ar.docx").article();
        assertThat(article.language()).isEqualTo(Language.of("ar"));
        assertThat(article.headline()).isEqualTo("افتتاح فصول التراث في طنجة");
        Block table = article.body().blocks().stream().filter(b -> b.type() == BlockType.TABLE).findFirst().orElseThrow();
        assertThat(table.direction()).isEqualTo(Direction.RTL);
        assertThat(table.table().cell(1, 0).text()).isEqualTo("طنجة");
        assertThat(texts(article)).contains("ملاحظات");
    }

    @Test
    void wordsTrackedChangesReadAsAccepted() throws Exception {
        Article article = wordLike().article();
        String text = article.body().plainText();
        assertThat(text).as("w:ins kept, w:del dropped, moved text once, where it was moved to")
                .contains("Die Bauarbeiten dauerten acht Wochen. Jeder Brunnen versorgt dreihundert Menschen.")
                .doesNotContain("sechs");
        assertThat(text.split("dreihundert", -1)).hasSize(2);
    }

    @Test
    void wordCommentsComeWithTheirAuthorAndWords() throws Exception {
        ImportedArticle imported = wordLike();
        assertThat(imported.comments()).hasSize(1);
        ImportedComment comment = imported.comments().get(0);
        assertThat(comment.author()).isEqualTo("Lena Vogt");
        assertThat(comment.text()).as("Word's annotationRef mark is not part of the text").isEqualTo("Sind es wirklich zwölf?");
        assertThat(comment.anchor().textIn(imported.article().body().plainText())).isEqualTo("zwölf Brunnen");
    }

    @Test
    void wordFootnotesBecomeNotesLinkedBothWays() throws Exception {
        Article article = wordLike().article();
        List<Block> blocks = article.body().blocks();
        assertThat(blocks.get(0).runs()).contains(Notes.reference(1));
        assertThat(blocks.get(0).runs()).filteredOn(r -> r.has(Mark.SUPERSCRIPT)).hasSize(1);
        assertThat(blocks.get(blocks.size() - 2).text()).as("the notes' heading in the document's language").isEqualTo("Anmerkungen");
        assertThat(blocks.get(blocks.size() - 1).runs()).as("Word's separators and footnoteRef mark left out")
                .containsExactly(TextRun.plain("Zahlen des Wasserministeriums, Februar 2026. "), TextRun.link(Notes.BACK, "#note-ref-1"));
    }

    @Test
    void rightToLeftParagraphsKeepTheirDirectionFromTheirStyle() {
        Article article = read("libreoffice/communique-ar.docx").article();
        assertThat(article.body().blocks()).filteredOn(b -> b.type() == BlockType.PARAGRAPH)
                .isNotEmpty().allMatch(b -> b.direction() == Direction.RTL);
        Article english = read("libreoffice/communique-fr.docx").article();
        assertThat(english.body().blocks()).noneMatch(b -> b.direction() == Direction.RTL);
    }
}
