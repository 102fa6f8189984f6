package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.NativeArticleFile;
import org.newsdesk.codec.NativeArticleReader;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.model.ValidationException;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.testing.Zips;

class ExportServiceTest {
    private static final byte[] PHOTO = "a photo's bytes".getBytes(StandardCharsets.UTF_8);
    private static final String PHOTO_SHA = Zips.sha256(PHOTO);

    @TempDir
    Path dir;
    Library library;
    Article english;
    Article french;
    Article tagged;

    @BeforeEach
    void open() {
        library = TestLibrary.open(dir.resolve("lib.newsdesk"));
        english = library.articles().create(Article.draft("Water plan", Language.ENGLISH, java.time.Instant.EPOCH)
                .withBody(Document.ofPlainText("Ministers agreed.")));
        french = library.articles().create(Article.draft("Water plan", Language.of("fr"), java.time.Instant.EPOCH)
                .withSlug("water-plan").withBody(Document.ofPlainText("Les ministres.")));
        tagged = library.articles().create(Article.draft("Festival returns", Language.ENGLISH, java.time.Instant.EPOCH)
                .withTags(List.of("Culture")));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private ExportService exports() {
        return library.exports();
    }

    @Test
    void selectsByIdsAllStatusOrTag() {
        assertThat(exports().select(ExportSelection.ofIds(List.of(french.id(), english.id(), french.id()))))
                .containsExactly(french.id(), english.id());
        assertThat(exports().select(ExportSelection.all())).containsExactlyInAnyOrder(english.id(), french.id(), tagged.id());
        assertThat(exports().select(ExportSelection.withTag("culture"))).containsExactly(tagged.id());
        assertThat(exports().select(ExportSelection.withStatus(ArticleStatus.PUBLISHED))).isEmpty();
        assertThatThrownBy(() -> new ExportSelection(List.of(), true, ArticleStatus.DRAFT, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> exports().export(request(ExportSelection.withStatus(ArticleStatus.PUBLISHED),
                ExportFormat.HTML, dir.resolve("out")))).isInstanceOf(BadInputException.class)
                .hasMessage("No article matches the status published; nothing was exported.");
    }

    @Test
    void severalArticlesGoIntoAFolderOneFileEachNamedBySlugAndLanguageWhenShared() throws Exception {
        Path out = dir.resolve("pages");
        ExportResult result = exports().export(request(ExportSelection.all(), ExportFormat.HTML, out));
        assertThat(result.articles()).isEqualTo(3);
        assertThat(names(out)).containsExactly("festival-returns.html", "water-plan-fr.html", "water-plan.html");
        assertThat(result.files()).containsExactlyInAnyOrder(out.resolve("festival-returns.html"),
                out.resolve("water-plan.html"), out.resolve("water-plan-fr.html"));
        assertThat(Files.readString(out.resolve("water-plan-fr.html"))).contains("lang=\"fr\"").contains("Les ministres.");
        assertThat(result.bytes()).isEqualTo(sizeOf(out));
    }

    @Test
    void eachFormatHasItsOwnSuffixSoTheyShareAFolder() throws Exception {
        Path out = dir.resolve("all");
        for (ExportFormat format : List.of(ExportFormat.HTML, ExportFormat.FRAGMENT, ExportFormat.JSON, ExportFormat.NINJS)) {
            exports().export(request(ExportSelection.withTag("Culture"), format, out));
        }
        assertThat(names(out)).containsExactly("festival-returns.fragment.html", "festival-returns.html",
                "festival-returns.json", "festival-returns.ninjs.json");
    }

    @Test
    void oneArticleMayGoToAFileButSeveralMayNot() throws Exception {
        Path file = dir.resolve("story.html");
        exports().export(request(ExportSelection.ofIds(List.of(english.id())), ExportFormat.HTML, file));
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("Ministers agreed.");
        assertThatThrownBy(() -> exports().export(request(ExportSelection.all(), ExportFormat.HTML, file)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("need a folder");
        assertThatThrownBy(() -> exports().export(request(ExportSelection.all(), ExportFormat.BUNDLE, dir)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("is a folder");
    }

    @Test
    void cancellingLeavesNoFileAndNoFolderBehind() throws Exception {
        Path out = dir.resolve("pages");
        AtomicBoolean cancel = new AtomicBoolean();
        List<String> reports = new ArrayList<>();
        assertThatThrownBy(() -> exports().export(request(ExportSelection.all(), ExportFormat.HTML, out),
                (done, total) -> {
                    reports.add(done + "/" + total);
                    cancel.set(done == 2);
                }, cancel::get))
                .isInstanceOf(CancellationException.class).hasMessage("The export was cancelled; nothing was written.");
        assertThat(reports).containsExactly("1/3", "2/3");
        assertThat(out).doesNotExist();

        Path zip = dir.resolve("bundle.zip");
        assertThatThrownBy(() -> exports().export(request(ExportSelection.all(), ExportFormat.BUNDLE, zip),
                ExportProgress.none(), () -> true)).isInstanceOf(CancellationException.class);
        assertThat(names(dir)).containsExactlyInAnyOrder("lib.newsdesk", "lib.newsdesk-shm", "lib.newsdesk-wal");
    }

    @Test
    void aFailedExportLeavesNoPartialFileAndSaysWhyInOneSentence() throws Exception {
        Article illustrated = withPhoto();
        Path out = Files.createDirectory(dir.resolve("pages"));
        Files.writeString(out.resolve("images"), "a file where the images folder should go");
        assertThatThrownBy(() -> exports().export(request(ExportSelection.ofIds(List.of(illustrated.id(), english.id())),
                ExportFormat.HTML, out))).isInstanceOf(NewsdeskException.class)
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1))
                .hasMessageContaining("images");
        assertThat(names(out)).containsExactly("images");
    }

    @Test
    void picturesComeFromTheLibrarysAssetsIntoHtmlFoldersAndBundles() throws Exception {
        Article illustrated = withPhoto();
        Path out = dir.resolve("pages");
        exports().export(request(ExportSelection.ofIds(List.of(illustrated.id())), ExportFormat.HTML, out));
        assertThat(Files.readAllBytes(out.resolve("images/" + PHOTO_SHA + ".jpg"))).isEqualTo(PHOTO);
        assertThat(Files.readString(out.resolve("illustrated.html")))
                .contains("<img src=\"images/" + PHOTO_SHA + ".jpg\" width=\"640\" height=\"480\"");

        Path zip = dir.resolve("bundle.zip");
        exports().export(request(ExportSelection.ofIds(List.of(illustrated.id())), ExportFormat.BUNDLE, zip));
        Map<String, byte[]> entries = Zips.read(zip);
        assertThat(entries.get("articles/illustrated/images/" + PHOTO_SHA + ".jpg")).isEqualTo(PHOTO);
        assertThat(exports().verify(zip).good()).isTrue();
    }

    @Test
    void nativeJsonCarriesRevisionsOnRequest() throws Exception {
        Article edited = library.articles().save(english.withHeadline("Water plan agreed"), "Sharper headline");
        Path file = dir.resolve("story.json");
        exports().export(new ExportRequest(ExportSelection.ofIds(List.of(edited.id())), ExportFormat.JSON, file, true));
        NativeArticleFile read = new NativeArticleReader(library.json()).read(file);
        assertThat(read.article()).isEqualTo(edited);
        assertThat(read.revisions()).extracting(r -> r.note()).containsExactly("Created", "Sharper headline");
        assertThatThrownBy(() -> new ExportRequest(ExportSelection.all(), ExportFormat.HTML, file, true))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theSiteBaseUrlSettingGivesCanonicalLinks() throws Exception {
        library.settings().set(SettingsService.Setting.SITE_BASE_URL, "https://news.example.org/articles");
        library.settings().set(SettingsService.Setting.SITE_NAME, "Example News");
        Path file = dir.resolve("story.html");
        exports().export(request(ExportSelection.ofIds(List.of(english.id())), ExportFormat.HTML, file));
        assertThat(Files.readString(file))
                .contains("<link rel=\"canonical\" href=\"https://news.example.org/articles/water-plan\">")
                .contains("Example News");
        assertThatThrownBy(() -> library.settings().set(SettingsService.Setting.SITE_BASE_URL, "ftp://example.org"))
                .isInstanceOf(ValidationException.class);
        library.settings().set(SettingsService.Setting.SITE_BASE_URL, "");
        assertThat(library.settings().get(SettingsService.Setting.SITE_BASE_URL)).isEmpty();
    }

    private Article withPhoto() {
        library.database().write(c -> new org.newsdesk.store.AssetStore().insertIfAbsent(c,
                new org.newsdesk.model.Asset(PHOTO_SHA, "image/jpeg", 640, 480, PHOTO.length), PHOTO,
                java.time.Instant.parse("2026-03-01T09:00:00Z")));
        return library.articles().create(Article.draft("Illustrated", Language.ENGLISH, java.time.Instant.EPOCH)
                .withBody(Document.of(Block.paragraph("Look."),
                        Block.image(new ImageRef(PHOTO_SHA, "A well", "Photo: UN", "Children at a well", null)))));
    }

    private static ExportRequest request(ExportSelection selection, ExportFormat format, Path out) {
        return new ExportRequest(selection, format, out, false);
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static long sizeOf(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
