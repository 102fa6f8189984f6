package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

    // One LibreOffice-made file per import rule (sources beside them as .fodt; see docx/README.md).

    @Test
    void libreOfficeTablesKeepHeaderRowMergedCellsNestedTablesAndCellParagraphs() {
        Article article = read("libreoffice/tables.docx").article();
        List<Table> tables = article.body().blocks().stream().filter(b -> b.type() == BlockType.TABLE).map(Block::table).toList();
        assertThat(tables).hasSize(2);
        Table provinces = tables.get(0);
        assertThat(provinces.headerRow()).as("LibreOffice's repeated heading row (w:tblHeader)").isTrue();
        assertThat(provinces.columnCount()).isEqualTo(4);
        assertThat(provinces.rowCount()).isEqualTo(4);
        assertThat(provinces.cell(0, 1).text()).as("a cell merged across keeps its words in its first column")
                .isEqualTo("Children vaccinated");
        assertThat(provinces.cell(0, 2).text()).isEmpty();
        assertThat(provinces.cell(1, 0).text()).as("a cell merged down is empty below its first row").isEmpty();
        assertThat(provinces.cell(1, 2).text()).isEqualTo("March");
        assertThat(provinces.cell(2, 3).text()).as("a table nested in a cell gives its words to the cell")
                .isEqualTo("Tshikapa fixed Ilebo mobile");
        assertThat(provinces.cell(3, 3).text()).as("two paragraphs of a cell").isEqualTo("Kabinda Mwene-Ditu");
        assertThat(tables.get(1).headerRow()).isFalse();
        assertThat(tables.get(1).cell(1, 1).text()).isEqualTo("Rain closed the road to Ilebo.");
        assertThat(article.body().blocks()).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.TABLE,
                BlockType.PARAGRAPH, BlockType.TABLE, BlockType.PARAGRAPH);
    }

    @Test
    void libreOfficeFootnotesAndEndnotesBecomeNotesInTheOrderTheyAreReferredTo() {
        Article article = read("libreoffice/notes.docx").article();
        List<Block> blocks = article.body().blocks();
        assertThat(blocks.get(0).runs()).contains(Notes.reference(1));
        assertThat(blocks).filteredOn(b -> b.type() == BlockType.BULLET_ITEM).extracting(Block::runs)
                .as("a footnote and an endnote referred to from list items")
                .satisfiesExactly(runs -> assertThat(runs).contains(Notes.reference(2)),
                        runs -> assertThat(runs).contains(Notes.reference(3)));
        Table table = blocks.stream().filter(b -> b.type() == BlockType.TABLE).findFirst().orElseThrow().table();
        assertThat(table.cell(1, 0).runs()).containsExactly(TextRun.plain("Roofs"), Notes.reference(4));
        int notes = texts(article).indexOf("Notes");
        assertThat(blocks.get(notes).type()).isEqualTo(BlockType.HEADING);
        List<Block> items = blocks.subList(notes + 1, blocks.size());
        assertThat(items).hasSize(5).allMatch(b -> b.type() == BlockType.NUMBERED_ITEM);
        assertThat(items.get(1).runs()).as("a footnote of two paragraphs").containsExactly(
                TextRun.plain("Pledges made at the Geneva conference. Paid in three instalments. "), TextRun.link(Notes.BACK, "#note-ref-2"));
        assertThat(items.get(2).runs()).as("an endnote keeps its link").contains(
                TextRun.link("the treasury site", "https://example.org/budgets"), TextRun.link(Notes.BACK, "#note-ref-3"));
        assertThat(items.get(4).text()).as("the last endnote").startsWith("Subject to the board's approval.");
    }

    @Test
    void libreOfficeTrackedChangesReadAsAcceptedEverywhere() {
        Article article = read("libreoffice/changes.docx").article();
        assertThat(article.headline()).as("an insertion in the title").isEqualTo("Bridge reopens ahead of schedule");
        assertThat(texts(article)).contains("The bridge carried eighteen thousand vehicles on its first day, the transport agency said.",
                "A new lane for buses opens in May.");
        assertThat(article.body().plainText()).doesNotContain("seventeen").doesNotContain("contractor").doesNotContain("provisional");
        Table table = article.body().blocks().stream().filter(b -> b.type() == BlockType.TABLE).findFirst().orElseThrow().table();
        assertThat(table.cell(0, 1).text()).isEqualTo("final count");
    }

    @Test
    void libreOfficeCommentsAreReviewCommentsOnTheirWords() {
        ImportedArticle imported = read("libreoffice/comments.docx");
        String text = imported.article().body().plainText();
        assertThat(imported.comments()).extracting(ImportedComment::author)
                .containsExactly("Sara Haddad", "Jean Martin", "Sara Haddad", "Jean Martin");
        assertThat(imported.comments()).extracting(c -> c.anchor().isGeneral() ? "(general)" : c.anchor().textIn(text))
                .as("the words each comment is on; a comment on a point has no words and is on the article")
                .containsExactly("upheld the quotas", "forty fishing companies", "(general)", "12 000 tonnes");
        assertThat(imported.comments().get(1).text()).isEqualTo("Check the number with the registry.\nThey said 41 on Friday.");
        assertThat(imported.comments().get(0).created()).isNotNull();
        assertThat(text).as("comments' words stay out of the article").doesNotContain("Which court").doesNotContain("Tonnes or");
    }

    @Test
    void libreOfficeTextBoxesAndShapesGiveTheirWordsOnceAfterTheirParagraph() {
        Article article = read("libreoffice/shapes.docx").article();
        assertThat(texts(article)).containsSubsequence("The school opened on Monday with forty teachers.",
                "Key facts: 1 200 pupils.", "Classes in Arabic and English.", "mud-brick", "A library follows next year.",
                "Donations welcome at the gate");
        assertThat(article.body().plainText().split("Key facts", -1)).as("the VML fallback copy is not read").hasSize(2);
        assertThat(article.body().plainText().split("mud-brick", -1)).hasSize(2);
    }

    @Test
    void libreOfficeContentControlsKeepWhatTheyShow() {
        Article article = read("libreoffice/controls.docx").article();
        assertThat(texts(article)).contains("Office: Regional office for West Africa", "Release date: 4 March 2026",
                "Approved by the director: ☒ yes", "Audience: Partners", "Not for publication before Thursday at noon GMT.");
        assertThat(article.body().plainText()).as("a drop-down's other choices are not shown").doesNotContain("Media");
    }

    @Test
    void libreOfficeFieldsKeepTheirResultsAndLinksStayLinks() {
        Article article = read("libreoffice/fields.docx").article();
        assertThat(article.headline()).isEqualTo("Desert locust warning");
        assertThat(texts(article)).contains("Issued on 4 March 2026 by Amina Diallo, page 1 of 1.",
                "Cover seed stores. See Advice to farmers above, and call the hotline.");
        assertThat(article.body().plainText()).as("no field code").doesNotContain("PAGE").doesNotContain("REF ")
                .doesNotContain("DATE").doesNotContain("AUTHOR");
        assertThat(article.body().blocks().get(1).runs()).contains(
                TextRun.link("the Locust Watch site", "https://example.org/locust-watch"),
                TextRun.link("weekly bulletin", "https://example.org/bulletin.pdf"));
    }

    @Test
    void libreOfficeHeadingsByStyleOutlineLevelAndLocalisedName() {
        Article article = read("libreoffice/headings.docx").article();
        assertThat(article.headline()).isEqualTo("Ministers agree on a regional water plan");
        assertThat(article.standfirst()).as("the Subtitle paragraph").isEqualTo("Twelve countries sign the agreement in Rabat");
        assertThat(article.body().blocks()).filteredOn(b -> b.type() == BlockType.HEADING)
                .extracting(Block::text, Block::level)
                .as("Heading 1 and 2 as the article's second level (the headline is its first), Heading 3 as the third")
                .containsExactly(tuple("Background of the agreement", 2), tuple("What the plan pays for", 2),
                        tuple("Gauges on every river", 3), tuple("A heading by outline level alone", 2),
                        tuple("Nächste Schritte der Kommission", 2), tuple("Calendrier des travaux", 2),
                        tuple("Contacts for the press", 2));
    }

    @Test
    void libreOfficeLanguagesAndRightToLeftParagraphs() {
        Article article = read("libreoffice/languages.docx").article();
        assertThat(article.language()).as("French stated on the styles, not the import's English").isEqualTo(Language.of("fr"));
        assertThat(article.body().blocks()).filteredOn(b -> b.direction() == Direction.RTL).extracting(Block::text)
                .containsExactly("هذه البذور ستنقذ موسمنا");
    }

    @Test
    void libreOfficePictureCaptionsCaptionTheirPicture() {
        Article article = read("libreoffice/captions.docx").article();
        List<Block> pictures = article.body().blocks().stream().filter(b -> b.type() == BlockType.IMAGE).toList();
        assertThat(pictures).extracting(b -> b.image().caption()).containsExactly(
                "Figure 1: A pump in Tessalit, installed in January", "Figure 2: Panels on the clinic roof");
        assertThat(pictures.get(0).image().altText()).isEqualTo("A solar pump beside a well");
        assertThat(article.body().blocks()).filteredOn(b -> b.type() != BlockType.IMAGE).extracting(Block::text)
                .as("a caption is not also a paragraph").noneMatch(t -> t.contains("Figure"));
    }

    // Word's own XML, which LibreOffice never writes (WordLikeDocx).

    @Test
    void wordContentControlsFieldsAndHyperlinksKeepTheirWordsAndLinks() throws Exception {
        Article article = wordLike().article();
        assertThat(texts(article)).as("block and inline content controls").contains(
                "„Das Wasser ist jetzt sauber“, sagte die Bürgermeisterin.", "Ansprechpartnerin vor Ort: Amira Chouaib",
                "Stand: 4. März 2026, Seite 1");
        Table table = article.body().blocks().stream().filter(b -> b.type() == BlockType.TABLE).findFirst().orElseThrow().table();
        assertThat(table.rowCount()).as("a row in a repeating section, a cell in a content control").isEqualTo(2);
        assertThat(table.cell(1, 1).text()).isEqualTo("42 Meter");
        Block links = article.body().blocks().stream().filter(b -> b.text().startsWith("Einzelheiten")).findFirst().orElseThrow();
        assertThat(links.runs()).as("a w:fldSimple HYPERLINK, a HYPERLINK field split over instrText runs, a w:hyperlink")
                .contains(TextRun.link("Projektseite", "https://example.org/brunnen"),
                        TextRun.link("Karte der Dörfer", "https://example.org/karte"),
                        TextRun.link("Spendenseite", "https://example.org/spenden"));
        assertThat(article.body().plainText()).doesNotContain("HYPERLINK").doesNotContain("Tooltip");
    }

    @Test
    void wordLocalisedHeadingStylesRightToLeftParagraphCaptionAndTextBox() throws Exception {
        Article article = wordLike().article();
        assertThat(article.language()).as("w:lang in w:docDefaults").isEqualTo(Language.of("de"));
        assertThat(article.body().blocks()).filteredOn(b -> b.type() == BlockType.HEADING).extracting(Block::text)
                .as("style ids berschrift1/berschrift2 named heading 1/2, then the notes' heading")
                .containsExactly("Finanzierung", "Stimmen aus dem Dorf", "Anmerkungen");
        assertThat(article.body().blocks()).filteredOn(b -> b.direction() == Direction.RTL).extracting(Block::text)
                .as("w:bidi on the paragraph").containsExactly("الماء نظيف الآن");
        Block picture = article.body().blocks().stream().filter(b -> b.type() == BlockType.IMAGE).findFirst().orElseThrow();
        assertThat(picture.image().caption()).isEqualTo("Abbildung 1: Der neue Brunnen in Kóra");
        assertThat(picture.image().altText()).isEqualTo("Ein Brunnen mit blauer Abdeckung");
        assertThat(article.body().plainText().split("Spendenkonto", -1)).as("the text box once, not its mc:Fallback copy").hasSize(2);
    }
}
