package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;

class HtmlImporterTest {
    @TempDir
    Path dir;
    private final HtmlImporter importer = new HtmlImporter();

    private Article read(String html) throws Exception {
        Path file = Files.writeString(dir.resolve("page.html"), html);
        return importer.read(file, new ImportDefaults(Language.ENGLISH, Instant.EPOCH)).get(0).article();
    }

    /** A page as a browser saves it from a news site: menus, share bar, sidebar, feedback form, cookie banner. */
    private static final String SAVED_PAGE = """
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
            <title>Festival | Le Conseil</title>
            <meta name="description" content="Cinquante jeunes traducteurs à Tánger.">
            <script>track()</script><link rel="stylesheet" href="site.css"></head>
            <body>
            <div class="cookie-banner">Nous utilisons des cookies <button>OK</button></div>
            <header class="site-header"><a href="/">Le Conseil</a>
              <nav><ul><li><a href="/news">Actualités</a></li><li><a href="/about">À propos</a></li></ul></nav></header>
            <main>
              <article>
                <header><h1>Le Festival des jeunes traducteurs revient</h1>
                  <p class="standfirst">Du 4 au 9 mai, cinquante étudiants à Tánger.</p>
                  <p><time datetime="2026-04-02T10:00:00+02:00">2 avril 2026</time></p>
                  <p class="byline">Par Service de presse</p></header>
                <div class="share-buttons"><a href="https://facebook.com/share">Partager</a></div>
                <p>Le Conseil annonce la <strong>troisième édition</strong> du festival.</p>
                <h2>Au programme</h2>
                <ul><li>Des ateliers <em>quotidiens</em></li><li>Une lecture publique</li></ul>
                <blockquote><p>Traduire, c'est accepter que l'autre ait raison.</p></blockquote>
                <p onclick="steal()">Inscriptions sur <a href="javascript:alert(1)">ce lien</a> et
                   <a href="https://example.org/inscription">le site</a>.</p>
              </article>
              <aside class="related"><h3>À lire aussi</h3><p>Un autre article qui n'a rien à faire ici.</p></aside>
            </main>
            <form class="feedback"><p>Cette page vous a-t-elle été utile ?</p><input type="submit"></form>
            <footer><p>© Le Conseil 2026</p></footer>
            </body></html>
            """;

    @Test
    void aSavedWebPageBringsOnlyItsArticle() throws Exception {
        Article a = read(SAVED_PAGE);
        assertThat(a.headline()).isEqualTo("Le Festival des jeunes traducteurs revient");
        assertThat(a.standfirst()).isEqualTo("Du 4 au 9 mai, cinquante étudiants à Tánger.");
        assertThat(a.date()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(a.byline()).isEqualTo("Service de presse");
        assertThat(a.language()).isEqualTo(Language.of("fr"));
        String text = a.body().plainText();
        assertThat(text).startsWith("Le Conseil annonce la troisième édition du festival.")
                .doesNotContain("cookies", "Actualités", "Partager", "À lire aussi", "utile", "© Le Conseil",
                        "Le Festival des jeunes", "2 avril 2026", "Par Service");
        assertThat(a.body().blocks()).extracting(Block::type).containsExactly(BlockType.PARAGRAPH,
                BlockType.HEADING, BlockType.BULLET_ITEM, BlockType.BULLET_ITEM, BlockType.QUOTE, BlockType.PARAGRAPH);
        assertThat(a.body().blocks().get(0).runs()).contains(TextRun.of("troisième édition", Mark.BOLD));
        assertThat(a.body().blocks().get(2).runs()).contains(TextRun.of("quotidiens", Mark.ITALIC));
    }

    @Test
    void aFrenchSitesChapoIsTheStandfirstAndAnOverLongOneStaysInTheText() throws Exception {
        Article chapo = read("""
                <html lang="fr"><body><article><h1>Le festival revient à Dakar</h1>
                <p class="chapo">Trois cents lycéens traduiront des contes pendant trois jours.</p>
                <p>Le Conseil a annoncé jeudi le retour du festival, du 12 au 14 mars.</p>
                <p>Les inscriptions sont ouvertes jusqu'au 15 janvier à l'université.</p></article></body></html>""");
        assertThat(chapo.standfirst()).isEqualTo("Trois cents lycéens traduiront des contes pendant trois jours.");
        assertThat(chapo.body().plainText()).startsWith("Le Conseil a annoncé").doesNotContain("Trois cents");

        String longLead = "Le Conseil a annoncé jeudi le retour du festival des jeunes traducteurs. ".repeat(8);
        Article tooLong = read("""
                <html lang="fr"><body><article><h1>Le festival revient à Dakar</h1>
                <div class="lead"><p>%s</p></div>
                <p>Les inscriptions sont ouvertes jusqu'au 15 janvier à l'université.</p></article></body></html>"""
                .formatted(longLead));
        assertThat(tooLong.standfirst()).as("more than a standfirst's length").isEmpty();
        assertThat(tooLong.body().plainText()).as("nothing of the page's text lost").contains(longLead.strip());
    }

    @Test
    void nothingFromThePageCanRunAndOnlyWebLinksSurvive() throws Exception {
        Article a = read(SAVED_PAGE);
        Block last = a.body().blocks().get(a.body().blocks().size() - 1);
        assertThat(last.runs()).extracting(TextRun::link).containsOnly(null, "https://example.org/inscription");
        assertThat(last.text()).contains("ce lien");
        assertThat(a.body().toString()).doesNotContain("javascript", "steal", "track()");
    }

    @Test
    void aPageWithoutArticleElementUsesTheDensestBlockOfParagraphs() throws Exception {
        Article a = read("""
                <html><head><title>Minister visits school</title></head><body>
                <div id="menu"><p>Home</p><p>News</p></div>
                <div class="story"><p>The minister visited the school on Monday and met the pupils.</p>
                <p>She praised the heritage classes and promised more funds for teachers.</p></div>
                <div class="sidebar"><p>Popular</p></div></body></html>
                """);
        assertThat(a.headline()).isEqualTo("Minister visits school");
        assertThat(a.body().blocks()).hasSize(2);
        assertThat(a.body().plainText()).doesNotContain("Home", "Popular");
    }

    @Test
    void aSavedPagesLocalPictureComesAlongWithCaptionAndAltTextAndWebPicturesStayOut() throws Exception {
        Path files = Files.createDirectories(dir.resolve("page_files"));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", files.resolve("signing.png").toFile());
        Path file = Files.writeString(dir.resolve("page.html"), """
                <html><body><article><h1>Agreement signed</h1>
                <p>The two ministers signed the agreement in Amman.</p>
                <figure><img src="page_files/signing.png" alt="Two ministers shake hands">
                  <figcaption>The signing ceremony</figcaption></figure>
                <img src="https://tracker.example.org/pixel.gif">
                <p>It runs for five years.</p></article></body></html>
                """);
        ImportedArticle imported = importer.read(file, new ImportDefaults(Language.ENGLISH, Instant.EPOCH)).get(0);
        var blocks = imported.article().body().blocks();
        assertThat(blocks).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.IMAGE,
                BlockType.PARAGRAPH);
        assertThat(blocks.get(1).image().caption()).isEqualTo("The signing ceremony");
        assertThat(blocks.get(1).image().altText()).isEqualTo("Two ministers shake hands");
        assertThat(imported.images()).hasSize(1);
        assertThat(imported.article().body().toString()).doesNotContain("tracker");
    }

    @Test
    void aPageWithNoTextIsRefusedWithItsName() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.html"), "<html><body><nav>Menu</nav></body></html>");
        assertThatThrownBy(() -> importer.read(file, new ImportDefaults(Language.ENGLISH, Instant.EPOCH)))
                .isInstanceOf(BadInputException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("no article text");
    }

    @Test
    void lazyLoadedPicturesAreReadFromDataSrcSrcsetAndNoscriptCopiesInTheSavedFolder() throws Exception {
        Path files = Files.createDirectories(dir.resolve("page_files"));
        List<String> names = List.of("a.png", "b-800.png", "c.png");
        for (int i = 0; i < names.size(); i++) {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40 + i, 30,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "png", files.resolve(names.get(i)).toFile());
        }
        Path file = Files.writeString(dir.resolve("page.html"), """
                <html lang="en"><head><title>Three pictures</title></head><body><article><h1>Three pictures</h1>
                <p>The first paragraph of the story tells what happened, where and when, in enough words.</p>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="page_files/a.png" alt="Lazy one">
                <p>The second paragraph goes on with what the minister said about the new wells and roads.</p>
                <img srcset="https://cdn.example.org/b-400.png 400w, page_files/b-800.png 800w" alt="From srcset">
                <p>The third paragraph closes the story with the date of the next meeting of the council.</p>
                <img class="lazy" src="page_files/spacer.gif"><noscript><img src="page_files/c.png" alt="No script"></noscript>
                </article></body></html>
                """);
        ImportedArticle imported = importer.read(file, new ImportDefaults(Language.ENGLISH, Instant.EPOCH)).get(0);
        assertThat(imported.article().body().blocks()).filteredOn(b -> b.type() == BlockType.IMAGE)
                .extracting(b -> b.image().altText()).containsExactly("Lazy one", "From srcset", "No script");
        assertThat(imported.images()).hasSize(3);
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void aPictureOutsideThePagesFolderOrBrokenIsLeftOutWithAWarningAndTheArticleComesIn() throws Exception {
        Files.writeString(dir.resolve("fake.jpg"), "not a picture");
        Path file = Files.writeString(dir.resolve("page.html"), """
                <html lang="en"><head><title>Two pictures</title></head><body><article><h1>Two pictures</h1>
                <p>The first paragraph of the story tells what happened, where and when, in enough words.</p>
                <img src="../secret.png" alt="Outside">
                <p>The second paragraph goes on with what the minister said about the new wells and roads.</p>
                <img src="fake.jpg" alt="Broken">
                </article></body></html>
                """);
        ImportedArticle imported = importer.read(file, new ImportDefaults(Language.ENGLISH, Instant.EPOCH)).get(0);
        assertThat(imported.article().body().plainText()).contains("first paragraph", "second paragraph");
        assertThat(imported.images()).isEmpty();
        assertThat(imported.warnings()).extracting(w -> org.newsdesk.i18n.Messages.english().text(w.message())).containsExactly(
                "page.html: the picture ../secret.png was left out: it lies outside the document's folder.",
                "page.html: the picture fake.jpg was left out: it is named like an image, but its content is not a"
                        + " JPEG, PNG or GIF picture.");
    }

    @Test
    void aPageInAnotherCharsetAndRightToLeftKeepsItsLettersAndDirection() throws Exception {
        String html = "<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"windows-1256\"><title>خبر</title></head><body>"
                + "<article><h1>افتتاح مدرسة جديدة</h1><p>افتتح الوزير يوم الاثنين مدرسة جديدة في القرية، وقال إن"
                + " الحكومة ستوفر المزيد من المعلمين في العام المقبل لكل القرى.</p><p>UNICEF قالت إن المدرسة ستستقبل"
                + " ثلاثمائة طالب وطالبة من القرى المجاورة في الشهر القادم.</p></article></body></html>";
        Path file = Files.write(dir.resolve("khabar.html"), html.getBytes(java.nio.charset.Charset.forName("windows-1256")));
        ImportedArticle imported = importer.read(file, new ImportDefaults(Language.ENGLISH, Instant.EPOCH)).get(0);
        assertThat(imported.languageStated()).isTrue();
        assertThat(imported.article().language()).isEqualTo(Language.of("ar"));
        assertThat(imported.article().headline()).isEqualTo("افتتاح مدرسة جديدة");
        assertThat(imported.article().body().blocks()).extracting(Block::direction).containsOnly(
                org.newsdesk.model.Direction.RTL);
        assertThat(imported.article().body().plainText()).contains("UNICEF قالت");
    }
}
