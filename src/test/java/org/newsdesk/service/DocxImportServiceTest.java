package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.importer.ImportWarning;
import org.newsdesk.importer.WebPictures;
import org.newsdesk.model.Article;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Language;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.testing.Zips;

/** LibreOffice-made Word files through the import plan into a library: stated language, review comments, pictures left out. */
class DocxImportServiceTest {
    private static final Path LIBREOFFICE = Paths.get("src/test/resources/docx/libreoffice");

    @TempDir
    Path dir;

    @Test
    void theLanguageWordStatesIsTheArticlesLanguageNotDetectedNorTheGivenOne() throws Exception {
        try (Library library = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            for (ImportOptions options : List.of(ImportOptions.DETECT,
                    new ImportOptions(Optional.of(Language.ENGLISH), WebPictures.DROP))) {
                ImportPlan plan = library.imports().read(List.of(LIBREOFFICE.resolve("communique-fr.docx"),
                        LIBREOFFICE.resolve("communique-ar.docx")), options);
                assertThat(plan.items()).extracting(ImportPlan.Item::source)
                        .containsExactly(LanguageSource.STATED, LanguageSource.STATED);
                assertThat(plan.items()).extracting(ImportPlan.Item::language)
                        .containsExactly(Language.of("fr"), Language.of("ar"));
            }
            ImportPlan plan = library.imports().read(List.of(LIBREOFFICE.resolve("communique-ar.docx")), ImportOptions.DETECT);
            Article arabic = library.imports().store(plan).get(0);
            assertThat(arabic.language()).isEqualTo(Language.of("ar"));
            assertThat(arabic.body().blocks()).filteredOn(b -> b.type() == BlockType.TABLE).singleElement()
                    .satisfies(table -> assertThat(table.direction()).isEqualTo(Direction.RTL));
        }
    }

    @Test
    void wordCommentsAreStoredAsReviewCommentsOnTheirWords() throws Exception {
        try (Library library = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            ImportPlan plan = library.imports().read(List.of(LIBREOFFICE.resolve("comments.docx")), ImportOptions.DETECT);
            Article stored = library.imports().store(plan).get(0);
            List<Comment> comments = library.comments().list(stored.id());
            String body = library.articles().get(stored.id()).body().plainText();
            assertThat(comments).extracting(Comment::author)
                    .containsExactly("Sara Haddad", "Jean Martin", "Sara Haddad", "Jean Martin");
            assertThat(comments).extracting(c -> c.anchor().isGeneral() ? "(general)" : c.anchor().textIn(body))
                    .containsExactly("upheld the quotas", "forty fishing companies", "(general)", "12 000 tonnes");
            assertThat(comments).extracting(Comment::quote)
                    .containsExactly("upheld the quotas", "forty fishing companies", "", "12 000 tonnes");
            assertThat(comments).noneMatch(Comment::resolved);
            assertThat(library.comments().unresolvedCount(stored.id())).isEqualTo(4);
        }
    }

    @Test
    void aBrokenPictureInALibreOfficeDocumentIsLeftOutWithAWarningThatNamesIt() throws Exception {
        Map<String, byte[]> parts = Zips.read(LIBREOFFICE.resolve("captions.docx"));
        byte[] jpeg = parts.get("word/media/image1.jpeg");
        parts.put("word/media/image1.jpeg", Arrays.copyOf(jpeg, jpeg.length / 2));
        Path broken = Zips.write(dir.resolve("pumps.docx"), parts);
        try (Library library = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            ImportPlan plan = library.imports().read(List.of(broken), ImportOptions.DETECT);
            assertThat(plan.warnings()).extracting(w -> org.newsdesk.i18n.Messages.english().text(w.message())).singleElement().asString()
                    .startsWith("pumps.docx: the picture image1.jpeg was left out: ");
            Article stored = library.imports().store(plan).get(0);
            assertThat(stored.body().plainText()).contains("Thirty villages now pump water with the sun.",
                    "Each pump serves about four hundred people.", "Figure 1: A pump in Tessalit, installed in January");
            assertThat(stored.body().blocks()).filteredOn(b -> b.type() == BlockType.IMAGE).singleElement()
                    .satisfies(b -> assertThat(b.image().caption()).isEqualTo("Figure 2: Panels on the clinic roof"));
        }
    }
}
